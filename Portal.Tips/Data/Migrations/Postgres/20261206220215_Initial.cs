using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "tips");

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
                name: "OversightRollupState",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RolledUpTo = table.Column<long>(type: "bigint", nullable: false),
                    ReconciledAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightRollupState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OversightTipDays",
                schema: "tips",
                columns: table => new
                {
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Region = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    Acknowledged = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    Substantiated = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightTipDays", x => new { x.Day, x.Region, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "OversightTipDurations",
                schema: "tips",
                columns: table => new
                {
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Region = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Measure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpperMinutes = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightTipDurations", x => new { x.Day, x.Region, x.Measure, x.UpperMinutes });
                });

            migrationBuilder.CreateTable(
                name: "PurgedBlobs",
                schema: "tips",
                columns: table => new
                {
                    BlobKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PurgedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurgedBlobs", x => x.BlobKey);
                });

            migrationBuilder.CreateTable(
                name: "ReceiptSignInAttempts",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReceiptNumberHash = table.Column<byte[]>(type: "bytea", nullable: false),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    AttemptedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptSignInAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpentChallenges",
                schema: "tips",
                columns: table => new
                {
                    ChallengeHash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpentChallenges", x => x.ChallengeHash);
                });

            migrationBuilder.CreateTable(
                name: "TipAttachments",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slot = table.Column<int>(type: "integer", nullable: false),
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
                name: "Tips",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PrefectureKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CountyKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProofOfWorkPassed = table.Column<bool>(type: "boolean", nullable: false),
                    JurisdictionKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    AssignedTo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PrimaryTipId = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "bigint", nullable: true),
                    EscalatedAt = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<long>(type: "bigint", nullable: true),
                    UnreadByPolice = table.Column<bool>(type: "boolean", nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    WrappedDataKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    ReceiptNumberHash = table.Column<byte[]>(type: "bytea", nullable: false),
                    PassphraseHash = table.Column<byte[]>(type: "bytea", nullable: false),
                    IdempotencyKeyHash = table.Column<byte[]>(type: "bytea", nullable: false),
                    EncryptedReport = table.Column<byte[]>(type: "bytea", nullable: false),
                    EncryptedContact = table.Column<byte[]>(type: "bytea", nullable: true),
                    EncryptedStatusMessage = table.Column<byte[]>(type: "bytea", nullable: true),
                    EncryptedReceipt = table.Column<byte[]>(type: "bytea", nullable: true),
                    ReceiptVisibleUntil = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tips", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "Rewards",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LevelCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AmountYuan = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ProposedAt = table.Column<long>(type: "bigint", nullable: true),
                    EncryptedJustification = table.Column<byte[]>(type: "bytea", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    EncryptedDecisionReason = table.Column<byte[]>(type: "bytea", nullable: true),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChosenAt = table.Column<long>(type: "bigint", nullable: true),
                    OfficeKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ClaimCodeHash = table.Column<byte[]>(type: "bytea", nullable: true),
                    EncryptedBankDetails = table.Column<byte[]>(type: "bytea", nullable: true),
                    PaidBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PaidAt = table.Column<long>(type: "bigint", nullable: true),
                    EncryptedPayoutReference = table.Column<byte[]>(type: "bytea", nullable: true),
                    EncryptedLegacyClaimant = table.Column<byte[]>(type: "bytea", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rewards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rewards_Tips_TipId",
                        column: x => x.TipId,
                        principalSchema: "tips",
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TipMessages",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EncryptedBody = table.Column<byte[]>(type: "bytea", nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipMessages_Tips_TipId",
                        column: x => x.TipId,
                        principalSchema: "tips",
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_OfficerJurisdictions_JurisdictionKey",
                schema: "tips",
                table: "OfficerJurisdictions",
                column: "JurisdictionKey");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptSignInAttempts_ReceiptNumberHash_AttemptedAt",
                schema: "tips",
                table: "ReceiptSignInAttempts",
                columns: new[] { "ReceiptNumberHash", "AttemptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_ActiveTip",
                schema: "tips",
                table: "Rewards",
                column: "TipId",
                unique: true,
                filter: "\"Status\" <> 'Rejected'");

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_ClaimCodeHash",
                schema: "tips",
                table: "Rewards",
                column: "ClaimCodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_Status_CreatedAt",
                schema: "tips",
                table: "Rewards",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SpentChallenges_ExpiresAt",
                schema: "tips",
                table: "SpentChallenges",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_TipAttachments_TipId_Slot",
                schema: "tips",
                table: "TipAttachments",
                columns: new[] { "TipId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TipAudit_TipId_Sequence",
                schema: "tips",
                table: "TipAudit",
                columns: new[] { "TipId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TipMessages_TipId_SentAt",
                schema: "tips",
                table: "TipMessages",
                columns: new[] { "TipId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TipNotes_TipId_WrittenAt",
                schema: "tips",
                table: "TipNotes",
                columns: new[] { "TipId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_ClosedAt",
                schema: "tips",
                table: "Tips",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_IdempotencyKeyHash",
                schema: "tips",
                table: "Tips",
                column: "IdempotencyKeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tips_JurisdictionKey_Status_Priority_ReceivedAt",
                schema: "tips",
                table: "Tips",
                columns: new[] { "JurisdictionKey", "Status", "Priority", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Open_JurisdictionKey_Priority_ReceivedAt",
                schema: "tips",
                table: "Tips",
                columns: new[] { "JurisdictionKey", "Priority", "ReceivedAt" },
                filter: "\"Status\" <> 'Closed'")
                .Annotation("Npgsql:IndexInclude", new[] { "Category", "UnreadByPolice", "Source", "ProofOfWorkPassed", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Open_Priority_ReceivedAt",
                schema: "tips",
                table: "Tips",
                columns: new[] { "Priority", "ReceivedAt" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Open_ReceivedAt",
                schema: "tips",
                table: "Tips",
                column: "ReceivedAt",
                filter: "\"Status\" <> 'Closed'");

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
                name: "IX_Tips_ReceiptNumberHash",
                schema: "tips",
                table: "Tips",
                column: "ReceiptNumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Status_ReceivedAt",
                schema: "tips",
                table: "Tips",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_UpdatedAt",
                schema: "tips",
                table: "Tips",
                column: "UpdatedAt");

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
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS tip_audit_append_only ON tips.\"TipAudit\"; DROP FUNCTION IF EXISTS tips.tip_audit_append_only();");

            migrationBuilder.DropTable(
                name: "AttachmentOutbox",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "AttachmentStagings",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "OfficerJurisdictions",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "OversightRollupState",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "OversightTipDays",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "OversightTipDurations",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "PurgedBlobs",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "ReceiptSignInAttempts",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "Rewards",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "SpentChallenges",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "TipAudit",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "TipMessages",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "TipNotes",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "TipAttachments",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "Tips",
                schema: "tips");
        }
    }
}
