using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PoliceQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AcknowledgedAt",
                schema: "tips",
                table: "Tips",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                schema: "tips",
                table: "Tips",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                schema: "tips",
                table: "Tips",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EscalatedAt",
                schema: "tips",
                table: "Tips",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JurisdictionKey",
                schema: "tips",
                table: "Tips",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                schema: "tips",
                table: "Tips",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PrimaryTipId",
                schema: "tips",
                table: "Tips",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Priority",
                schema: "tips",
                table: "Tips",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "UnreadByPolice",
                schema: "tips",
                table: "Tips",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Tips taken before the police queue existed: route and prioritise them as the intake now does.
            migrationBuilder.Sql(
                """
                UPDATE tips."Tips" SET
                    "JurisdictionKey" = COALESCE("CountyKey", "PrefectureKey", 'province'),
                    "UnreadByPolice" = TRUE,
                    "Priority" = CASE
                        WHEN "Urgent" AND "Category" IN ('child-abduction', 'illegal-adoption-online', 'forced-begging') THEN 1
                        WHEN "Urgent" OR "Category" IN ('child-abduction', 'illegal-adoption-online', 'forced-begging') THEN 2
                        WHEN "Category" IN ('suspicious-online-content', 'other') THEN 4
                        ELSE 3 END;
                """);

            migrationBuilder.CreateTable(
                name: "OfficerJurisdictions",
                schema: "tips",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JurisdictionKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficerJurisdictions", x => new { x.UserId, x.JurisdictionKey });
                });

            migrationBuilder.CreateTable(
                name: "TipAudit",
                schema: "tips",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TipId = table.Column<Guid>(type: "uuid", nullable: true),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PreviousHash = table.Column<byte[]>(type: "bytea", nullable: false),
                    Hash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipAudit", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "TipNotes",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TipId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EncryptedBody = table.Column<byte[]>(type: "bytea", nullable: false),
                    WrittenAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipNotes_Tips_TipId",
                        column: x => x.TipId,
                        principalSchema: "tips",
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_JurisdictionKey_Status_Priority_ReceivedAt",
                schema: "tips",
                table: "Tips",
                columns: new[] { "JurisdictionKey", "Status", "Priority", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_PrimaryTipId",
                schema: "tips",
                table: "Tips",
                column: "PrimaryTipId");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Priority_ReceivedAt",
                schema: "tips",
                table: "Tips",
                columns: new[] { "Priority", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficerJurisdictions_JurisdictionKey",
                schema: "tips",
                table: "OfficerJurisdictions",
                column: "JurisdictionKey");

            migrationBuilder.CreateIndex(
                name: "IX_TipAudit_TipId_Sequence",
                schema: "tips",
                table: "TipAudit",
                columns: new[] { "TipId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TipNotes_TipId_WrittenAt",
                schema: "tips",
                table: "TipNotes",
                columns: new[] { "TipId", "WrittenAt" });

            // The audit trail is append-only: the database itself refuses to change or remove an entry.
            migrationBuilder.Sql(
                """
                CREATE FUNCTION tips.tip_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'The tip audit is append-only.';
                END;
                $$;
                CREATE TRIGGER tip_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON tips."TipAudit"
                    FOR EACH STATEMENT EXECUTE FUNCTION tips.tip_audit_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficerJurisdictions",
                schema: "tips");

            migrationBuilder.Sql("DROP TRIGGER IF EXISTS tip_audit_append_only ON tips.\"TipAudit\"; DROP FUNCTION IF EXISTS tips.tip_audit_append_only();");

            migrationBuilder.DropTable(
                name: "TipAudit",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "TipNotes",
                schema: "tips");

            migrationBuilder.DropIndex(
                name: "IX_Tips_JurisdictionKey_Status_Priority_ReceivedAt",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropIndex(
                name: "IX_Tips_PrimaryTipId",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropIndex(
                name: "IX_Tips_Priority_ReceivedAt",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "AcknowledgedAt",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "JurisdictionKey",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "Outcome",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "PrimaryTipId",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "Priority",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "UnreadByPolice",
                schema: "tips",
                table: "Tips");
        }
    }
}
