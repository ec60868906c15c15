using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Content.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Rendition = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.ItemId);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SearchPostings",
                columns: table => new
                {
                    Gram = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TitleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchPostings", x => new { x.Gram, x.ItemId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Culture_PublishedAt",
                table: "SearchDocuments",
                columns: new[] { "Culture", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Type_Culture_PublishedAt",
                table: "SearchDocuments",
                columns: new[] { "Type", "Culture", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_VersionId",
                table: "SearchDocuments",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchPostings_ItemId",
                table: "SearchPostings",
                column: "ItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchDocuments");

            migrationBuilder.DropTable(
                name: "SearchPostings");
        }
    }
}
