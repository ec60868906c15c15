using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PoliceQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AcknowledgedAt",
                table: "Tips",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "Tips",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "Tips",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EscalatedAt",
                table: "Tips",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JurisdictionKey",
                table: "Tips",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Tips",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PrimaryTipId",
                table: "Tips",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Priority",
                table: "Tips",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "UnreadByPolice",
                table: "Tips",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Tips taken before the police queue existed: route and prioritise them as the intake now does.
            migrationBuilder.Sql(
                """
                UPDATE "Tips" SET
                    "JurisdictionKey" = COALESCE("CountyKey", "PrefectureKey", 'province'),
                    "UnreadByPolice" = 1,
                    "Priority" = CASE
                        WHEN "Urgent" = 1 AND "Category" IN ('child-abduction', 'illegal-adoption-online', 'forced-begging') THEN 1
                        WHEN "Urgent" = 1 OR "Category" IN ('child-abduction', 'illegal-adoption-online', 'forced-begging') THEN 2
                        WHEN "Category" IN ('suspicious-online-content', 'other') THEN 4
                        ELSE 3 END;
                """);

            migrationBuilder.CreateTable(
                name: "OfficerJurisdictions",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    JurisdictionKey = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficerJurisdictions", x => new { x.UserId, x.JurisdictionKey });
                });

            migrationBuilder.CreateTable(
                name: "TipAudit",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PreviousHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Hash = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipAudit", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "TipNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EncryptedBody = table.Column<byte[]>(type: "BLOB", nullable: false),
                    WrittenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipNotes_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_JurisdictionKey_Status_Priority_ReceivedAt",
                table: "Tips",
                columns: new[] { "JurisdictionKey", "Status", "Priority", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_PrimaryTipId",
                table: "Tips",
                column: "PrimaryTipId");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Priority_ReceivedAt",
                table: "Tips",
                columns: new[] { "Priority", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficerJurisdictions_JurisdictionKey",
                table: "OfficerJurisdictions",
                column: "JurisdictionKey");

            migrationBuilder.CreateIndex(
                name: "IX_TipAudit_TipId_Sequence",
                table: "TipAudit",
                columns: new[] { "TipId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TipNotes_TipId_WrittenAt",
                table: "TipNotes",
                columns: new[] { "TipId", "WrittenAt" });

            // The audit trail is append-only: the database itself refuses to change or remove an entry.
            migrationBuilder.Sql("""CREATE TRIGGER "TipAudit_NoUpdate" BEFORE UPDATE ON "TipAudit" BEGIN SELECT RAISE(ABORT, 'The tip audit is append-only.'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "TipAudit_NoDelete" BEFORE DELETE ON "TipAudit" BEGIN SELECT RAISE(ABORT, 'The tip audit is append-only.'); END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficerJurisdictions");

            migrationBuilder.DropTable(
                name: "TipAudit");

            migrationBuilder.DropTable(
                name: "TipNotes");

            migrationBuilder.DropIndex(
                name: "IX_Tips_JurisdictionKey_Status_Priority_ReceivedAt",
                table: "Tips");

            migrationBuilder.DropIndex(
                name: "IX_Tips_PrimaryTipId",
                table: "Tips");

            migrationBuilder.DropIndex(
                name: "IX_Tips_Priority_ReceivedAt",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "AcknowledgedAt",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "JurisdictionKey",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "PrimaryTipId",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "UnreadByPolice",
                table: "Tips");
        }
    }
}
