using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Retention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PurgedBlobs",
                schema: "tips",
                columns: table => new
                {
                    BlobKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PurgedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurgedBlobs", x => x.BlobKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_ClosedAt",
                schema: "tips",
                table: "Tips",
                column: "ClosedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PurgedBlobs",
                schema: "tips");

            migrationBuilder.DropIndex(
                name: "IX_Tips_ClosedAt",
                schema: "tips",
                table: "Tips");
        }
    }
}
