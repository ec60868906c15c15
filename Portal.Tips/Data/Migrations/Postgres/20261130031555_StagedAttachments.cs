using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StagedAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TipAttachments_Tips_TipId",
                schema: "tips",
                table: "TipAttachments");

            migrationBuilder.DropIndex(
                name: "IX_TipAttachments_TipId",
                schema: "tips",
                table: "TipAttachments");

            migrationBuilder.AddColumn<int>(
                name: "Slot",
                schema: "tips",
                table: "TipAttachments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Files already stored get slots 1, 2, ... in the order they arrived, before the unique index.
            migrationBuilder.Sql(
                """
                UPDATE tips."TipAttachments" SET "Slot" = (
                    SELECT COUNT(*) FROM tips."TipAttachments" AS earlier
                    WHERE earlier."TipId" = tips."TipAttachments"."TipId" AND earlier."Id" <= tips."TipAttachments"."Id");
                """);

            migrationBuilder.CreateTable(
                name: "AttachmentStagings",
                schema: "tips",
                columns: table => new
                {
                    IdempotencyKeyHash = table.Column<byte[]>(type: "bytea", nullable: false),
                    TipId = table.Column<Guid>(type: "uuid", nullable: false),
                    WrappedDataKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttachmentStagings", x => x.IdempotencyKeyHash);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TipAttachments_TipId_Slot",
                schema: "tips",
                table: "TipAttachments",
                columns: new[] { "TipId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttachmentStagings_CreatedAt",
                schema: "tips",
                table: "AttachmentStagings",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AttachmentStagings_TipId",
                schema: "tips",
                table: "AttachmentStagings",
                column: "TipId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttachmentStagings",
                schema: "tips");

            migrationBuilder.DropIndex(
                name: "IX_TipAttachments_TipId_Slot",
                schema: "tips",
                table: "TipAttachments");

            migrationBuilder.DropColumn(
                name: "Slot",
                schema: "tips",
                table: "TipAttachments");

            migrationBuilder.CreateIndex(
                name: "IX_TipAttachments_TipId",
                schema: "tips",
                table: "TipAttachments",
                column: "TipId");

            migrationBuilder.AddForeignKey(
                name: "FK_TipAttachments_Tips_TipId",
                schema: "tips",
                table: "TipAttachments",
                column: "TipId",
                principalSchema: "tips",
                principalTable: "Tips",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
