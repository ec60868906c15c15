using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SealedTipKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "DataKeyShares",
                schema: "tips",
                table: "Tips",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "ReporterDataKey",
                schema: "tips",
                table: "Tips",
                type: "bytea",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DataKeyShares",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "ReporterDataKey",
                schema: "tips",
                table: "Tips");
        }
    }
}
