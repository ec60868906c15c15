using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TipIntake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptSignInAttempts_ReceiptNumberHash_AttemptedAt",
                table: "ReceiptSignInAttempts",
                columns: new[] { "ReceiptNumberHash", "AttemptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SpentChallenges_ExpiresAt",
                table: "SpentChallenges",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_TipMessages_TipId_SentAt",
                table: "TipMessages",
                columns: new[] { "TipId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_IdempotencyKeyHash",
                table: "Tips",
                column: "IdempotencyKeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tips_ReceiptNumberHash",
                table: "Tips",
                column: "ReceiptNumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Status_ReceivedAt",
                table: "Tips",
                columns: new[] { "Status", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceiptSignInAttempts");

            migrationBuilder.DropTable(
                name: "SpentChallenges");

            migrationBuilder.DropTable(
                name: "TipMessages");

            migrationBuilder.DropTable(
                name: "Tips");
        }
    }
}
