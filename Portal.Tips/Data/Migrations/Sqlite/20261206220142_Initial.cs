using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "OversightRollupState",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    RolledUpTo = table.Column<long>(type: "INTEGER", nullable: false),
                    ReconciledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightRollupState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OversightTipDays",
                columns: table => new
                {
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    Acknowledged = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed = table.Column<int>(type: "INTEGER", nullable: false),
                    Substantiated = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightTipDays", x => new { x.Day, x.Region, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "OversightTipDurations",
                columns: table => new
                {
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpperMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightTipDurations", x => new { x.Day, x.Region, x.Measure, x.UpperMinutes });
                });

            migrationBuilder.CreateTable(
                name: "PurgedBlobs",
                columns: table => new
                {
                    BlobKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PurgedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurgedBlobs", x => x.BlobKey);
                });

            migrationBuilder.CreateTable(
                name: "ReceiptSignInAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReceiptNumberHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    AttemptedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptSignInAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpentChallenges",
                columns: table => new
                {
                    ChallengeHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpentChallenges", x => x.ChallengeHash);
                });

            migrationBuilder.CreateTable(
                name: "TipAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slot = table.Column<int>(type: "INTEGER", nullable: false),
                    EncryptedName = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    BlobKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ViewingCopyBlobKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipAttachments", x => x.Id);
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
                name: "Tips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PrefectureKey = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CountyKey = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProofOfWorkPassed = table.Column<bool>(type: "INTEGER", nullable: false),
                    JurisdictionKey = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedTo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PrimaryTipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UnreadByPolice = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WrappedDataKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ReceiptNumberHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PassphraseHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    IdempotencyKeyHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    EncryptedReport = table.Column<byte[]>(type: "BLOB", nullable: false),
                    EncryptedContact = table.Column<byte[]>(type: "BLOB", nullable: true),
                    EncryptedStatusMessage = table.Column<byte[]>(type: "BLOB", nullable: true),
                    EncryptedReceipt = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ReceiptVisibleUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tips", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AttachmentOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BlobKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EncryptedContent = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttachmentOutbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttachmentOutbox_TipAttachments_AttachmentId",
                        column: x => x.AttachmentId,
                        principalTable: "TipAttachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rewards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LevelCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AmountYuan = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EncryptedJustification = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EncryptedDecisionReason = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChosenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OfficeKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ClaimCodeHash = table.Column<byte[]>(type: "BLOB", nullable: true),
                    EncryptedBankDetails = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PaidBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EncryptedPayoutReference = table.Column<byte[]>(type: "BLOB", nullable: true),
                    EncryptedLegacyClaimant = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rewards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rewards_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TipMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EncryptedBody = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TipMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TipMessages_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_AttachmentOutbox_AttachmentId",
                table: "AttachmentOutbox",
                column: "AttachmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AttachmentOutbox_NextAttemptAt",
                table: "AttachmentOutbox",
                column: "NextAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_AttachmentStagings_CreatedAt",
                table: "AttachmentStagings",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AttachmentStagings_TipId",
                table: "AttachmentStagings",
                column: "TipId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfficerJurisdictions_JurisdictionKey",
                table: "OfficerJurisdictions",
                column: "JurisdictionKey");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptSignInAttempts_ReceiptNumberHash_AttemptedAt",
                table: "ReceiptSignInAttempts",
                columns: new[] { "ReceiptNumberHash", "AttemptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_ActiveTip",
                table: "Rewards",
                column: "TipId",
                unique: true,
                filter: "\"Status\" <> 'Rejected'");

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_ClaimCodeHash",
                table: "Rewards",
                column: "ClaimCodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rewards_Status_CreatedAt",
                table: "Rewards",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SpentChallenges_ExpiresAt",
                table: "SpentChallenges",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_TipAttachments_TipId_Slot",
                table: "TipAttachments",
                columns: new[] { "TipId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TipAudit_TipId_Sequence",
                table: "TipAudit",
                columns: new[] { "TipId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_TipMessages_TipId_SentAt",
                table: "TipMessages",
                columns: new[] { "TipId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TipNotes_TipId_WrittenAt",
                table: "TipNotes",
                columns: new[] { "TipId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_ClosedAt",
                table: "Tips",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_IdempotencyKeyHash",
                table: "Tips",
                column: "IdempotencyKeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tips_JurisdictionKey_Status_Priority_ReceivedAt",
                table: "Tips",
                columns: new[] { "JurisdictionKey", "Status", "Priority", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Open_JurisdictionKey_Priority_ReceivedAt",
                table: "Tips",
                columns: new[] { "JurisdictionKey", "Priority", "ReceivedAt" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Open_Priority_ReceivedAt",
                table: "Tips",
                columns: new[] { "Priority", "ReceivedAt" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Open_ReceivedAt",
                table: "Tips",
                column: "ReceivedAt",
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_PrimaryTipId",
                table: "Tips",
                column: "PrimaryTipId");

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Priority_ReceivedAt",
                table: "Tips",
                columns: new[] { "Priority", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_ReceiptNumberHash",
                table: "Tips",
                column: "ReceiptNumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Status_ReceivedAt",
                table: "Tips",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_UpdatedAt",
                table: "Tips",
                column: "UpdatedAt");

            // The audit trail is append-only: the database itself refuses to change or remove an entry.
            migrationBuilder.Sql("""CREATE TRIGGER "TipAudit_NoUpdate" BEFORE UPDATE ON "TipAudit" BEGIN SELECT RAISE(ABORT, 'The tip audit is append-only.'); END;""");
            migrationBuilder.Sql("""CREATE TRIGGER "TipAudit_NoDelete" BEFORE DELETE ON "TipAudit" BEGIN SELECT RAISE(ABORT, 'The tip audit is append-only.'); END;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttachmentOutbox");

            migrationBuilder.DropTable(
                name: "AttachmentStagings");

            migrationBuilder.DropTable(
                name: "OfficerJurisdictions");

            migrationBuilder.DropTable(
                name: "OversightRollupState");

            migrationBuilder.DropTable(
                name: "OversightTipDays");

            migrationBuilder.DropTable(
                name: "OversightTipDurations");

            migrationBuilder.DropTable(
                name: "PurgedBlobs");

            migrationBuilder.DropTable(
                name: "ReceiptSignInAttempts");

            migrationBuilder.DropTable(
                name: "Rewards");

            migrationBuilder.DropTable(
                name: "SpentChallenges");

            migrationBuilder.DropTable(
                name: "TipAudit");

            migrationBuilder.DropTable(
                name: "TipMessages");

            migrationBuilder.DropTable(
                name: "TipNotes");

            migrationBuilder.DropTable(
                name: "TipAttachments");

            migrationBuilder.DropTable(
                name: "Tips");
        }
    }
}
