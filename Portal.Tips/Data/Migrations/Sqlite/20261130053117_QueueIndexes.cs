using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tips_Open_JurisdictionKey_Priority_ReceivedAt",
                table: "Tips",
                columns: new[] { "JurisdictionKey", "Priority", "ReceivedAt" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Open_Priority_ReceivedAt",
                table: "Tips",
                columns: new[] { "Priority", "ReceivedAt" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Open_ReceivedAt",
                table: "Tips",
                column: "ReceivedAt",
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_UpdatedAt",
                table: "Tips",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tips_Open_JurisdictionKey_Priority_ReceivedAt",
                table: "Tips");

            migrationBuilder.DropIndex(
                name: "IX_Tips_Open_Priority_ReceivedAt",
                table: "Tips");

            migrationBuilder.DropIndex(
                name: "IX_Tips_Open_ReceivedAt",
                table: "Tips");

            migrationBuilder.DropIndex(
                name: "IX_Tips_UpdatedAt",
                table: "Tips");
        }
    }
}
