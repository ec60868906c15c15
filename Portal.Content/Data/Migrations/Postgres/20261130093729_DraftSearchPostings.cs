using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Content.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DraftSearchPostings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DraftSearchPostings",
                schema: "content",
                columns: table => new
                {
                    Gram = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftSearchPostings", x => new { x.Gram, x.ItemId });
                    table.ForeignKey(
                        name: "FK_DraftSearchPostings_Items_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "content",
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DraftSearchPostings_ItemId",
                schema: "content",
                table: "DraftSearchPostings",
                column: "ItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DraftSearchPostings",
                schema: "content");
        }
    }
}
