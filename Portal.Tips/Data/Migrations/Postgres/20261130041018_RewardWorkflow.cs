using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RewardWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            // Requests made under issue 5 (name and phone, sealed under the tip's key as reward-claimant/{id}) become
            // rewards in the Requested state with the same id, so an officer sees them and their sealed contact still opens.
            migrationBuilder.Sql(
                """
                INSERT INTO tips."Rewards" ("Id", "TipId", "Status", "CreatedAt", "Method", "EncryptedLegacyClaimant", "Version")
                SELECT "Id", "TipId", 'Requested', "ClaimedAt", 'None', "EncryptedClaimant", 0 FROM tips."RewardClaims"
                """);

            migrationBuilder.DropTable(
                name: "RewardClaims",
                schema: "tips");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RewardClaims",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimedAt = table.Column<long>(type: "bigint", nullable: false),
                    EncryptedClaimant = table.Column<byte[]>(type: "bytea", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TipId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RewardClaims_Tips_TipId",
                        column: x => x.TipId,
                        principalSchema: "tips",
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RewardClaims_TipId",
                schema: "tips",
                table: "RewardClaims",
                column: "TipId",
                unique: true);

            migrationBuilder.Sql(
                """
                INSERT INTO tips."RewardClaims" ("Id", "TipId", "Status", "ClaimedAt", "EncryptedClaimant")
                SELECT "Id", "TipId", 'Claimed', "CreatedAt", "EncryptedLegacyClaimant" FROM tips."Rewards"
                WHERE "EncryptedLegacyClaimant" IS NOT NULL AND "Status" <> 'Rejected'
                """);

            migrationBuilder.DropTable(
                name: "Rewards",
                schema: "tips");
        }
    }
}
