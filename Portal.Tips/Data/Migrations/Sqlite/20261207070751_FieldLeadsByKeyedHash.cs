using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FieldLeadsByKeyedHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "FieldLeadOf",
                table: "Tips",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tips_FieldLeadOf",
                table: "Tips",
                column: "FieldLeadOf");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tips_FieldLeadOf",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "FieldLeadOf",
                table: "Tips");
        }
    }
}
