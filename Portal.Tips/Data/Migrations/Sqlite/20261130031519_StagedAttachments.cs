using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StagedAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TipAttachments_Tips_TipId",
                table: "TipAttachments");

            migrationBuilder.DropIndex(
                name: "IX_TipAttachments_TipId",
                table: "TipAttachments");

            migrationBuilder.AddColumn<int>(
                name: "Slot",
                table: "TipAttachments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Files already stored get slots 1, 2, ... in the order they arrived, before the unique index.
            migrationBuilder.Sql(
                """
                UPDATE "TipAttachments" SET "Slot" = (
                    SELECT COUNT(*) FROM "TipAttachments" AS earlier
                    WHERE earlier."TipId" = "TipAttachments"."TipId" AND earlier."Id" <= "TipAttachments"."Id");
                """);

            migrationBuilder.CreateTable(
                name: "AttachmentStagings",
                columns: table => new
                {
                    IdempotencyKeyHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrappedDataKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttachmentStagings", x => x.IdempotencyKeyHash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TipAttachments_TipId_Slot",
                table: "TipAttachments",
                columns: new[] { "TipId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttachmentStagings_CreatedAt",
                table: "AttachmentStagings",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AttachmentStagings_TipId",
                table: "AttachmentStagings",
                column: "TipId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttachmentStagings");

            migrationBuilder.DropIndex(
                name: "IX_TipAttachments_TipId_Slot",
                table: "TipAttachments");

            migrationBuilder.DropColumn(
                name: "Slot",
                table: "TipAttachments");

            migrationBuilder.CreateIndex(
                name: "IX_TipAttachments_TipId",
                table: "TipAttachments",
                column: "TipId");

            migrationBuilder.AddForeignKey(
                name: "FK_TipAttachments_Tips_TipId",
                table: "TipAttachments",
                column: "TipId",
                principalTable: "Tips",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
