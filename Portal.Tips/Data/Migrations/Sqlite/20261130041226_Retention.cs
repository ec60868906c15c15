using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PurgedBlobs",
                columns: table => new
                {
                    BlobKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PurgedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurgedBlobs", x => x.BlobKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_ClosedAt",
                table: "Tips",
                column: "ClosedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PurgedBlobs");

            migrationBuilder.DropIndex(
                name: "IX_Tips_ClosedAt",
                table: "Tips");
        }
    }
}
