using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FieldLeadsByKeyedHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "FieldLeadOf",
                schema: "tips",
                table: "Tips",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tips_FieldLeadOf",
                schema: "tips",
                table: "Tips",
                column: "FieldLeadOf");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tips_FieldLeadOf",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "FieldLeadOf",
                schema: "tips",
                table: "Tips");
        }
    }
}
