using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Content.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MediaDownloads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MediaDownloadDays",
                schema: "content",
                columns: table => new
                {
                    AssetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaDownloadDays", x => new { x.AssetId, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediaDownloadDays_Day",
                schema: "content",
                table: "MediaDownloadDays",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediaDownloadDays",
                schema: "content");
        }
    }
}
