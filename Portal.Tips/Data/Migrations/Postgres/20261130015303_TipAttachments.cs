using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TipAttachments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TipAttachments",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TipId = table.Column<Guid>(type: "uuid", nullable: false),
                    EncryptedName = table.Column<byte[]>(type: "bytea", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    BlobKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ViewingCopyBlobKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipAttachments_Tips_TipId",
                        column: x => x.TipId,
                        principalSchema: "tips",
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AttachmentOutbox",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    BlobKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EncryptedContent = table.Column<byte[]>(type: "bytea", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttachmentOutbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttachmentOutbox_TipAttachments_AttachmentId",
                        column: x => x.AttachmentId,
                        principalSchema: "tips",
                        principalTable: "TipAttachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AttachmentOutbox_AttachmentId",
                schema: "tips",
                table: "AttachmentOutbox",
                column: "AttachmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AttachmentOutbox_NextAttemptAt",
                schema: "tips",
                table: "AttachmentOutbox",
                column: "NextAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_TipAttachments_TipId",
                schema: "tips",
                table: "TipAttachments",
                column: "TipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttachmentOutbox",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "TipAttachments",
                schema: "tips");
        }
    }
}
