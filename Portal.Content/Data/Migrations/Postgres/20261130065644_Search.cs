using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Content.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                schema: "content",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Rendition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.ItemId);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_Items_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "content",
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SearchPostings",
                schema: "content",
                columns: table => new
                {
                    Gram = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    TitleCount = table.Column<int>(type: "integer", nullable: false),
                    BodyCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchPostings", x => new { x.Gram, x.ItemId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Culture_PublishedAt",
                schema: "content",
                table: "SearchDocuments",
                columns: new[] { "Culture", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Type_Culture_PublishedAt",
                schema: "content",
                table: "SearchDocuments",
                columns: new[] { "Type", "Culture", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_VersionId",
                schema: "content",
                table: "SearchDocuments",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchPostings_ItemId",
                schema: "content",
                table: "SearchPostings",
                column: "ItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchDocuments",
                schema: "content");

            migrationBuilder.DropTable(
                name: "SearchPostings",
                schema: "content");
        }
    }
}
