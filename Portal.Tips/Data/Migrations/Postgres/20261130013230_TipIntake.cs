using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TipIntake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "tips");

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

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptSignInAttempts_ReceiptNumberHash_AttemptedAt",
                schema: "tips",
                table: "ReceiptSignInAttempts",
                columns: new[] { "ReceiptNumberHash", "AttemptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SpentChallenges_ExpiresAt",
                schema: "tips",
                table: "SpentChallenges",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_TipMessages_TipId_SentAt",
                schema: "tips",
                table: "TipMessages",
                columns: new[] { "TipId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Tips_IdempotencyKeyHash",
                schema: "tips",
                table: "Tips",
                column: "IdempotencyKeyHash",
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceiptSignInAttempts",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "SpentChallenges",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "TipMessages",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "Tips",
                schema: "tips");
        }
    }
}
