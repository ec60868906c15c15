using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Content.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DraftSearchPostings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DraftSearchPostings",
                columns: table => new
                {
                    Gram = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftSearchPostings", x => new { x.Gram, x.ItemId });
                    table.ForeignKey(
                        name: "FK_DraftSearchPostings_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DraftSearchPostings_ItemId",
                table: "DraftSearchPostings",
                column: "ItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DraftSearchPostings");
        }
    }
}
