using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdentityDisclosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "ContactKeyParts",
                table: "Tips",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DisclosureRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    EncryptedReason = table.Column<byte[]>(type: "BLOB", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RequestPublicKey = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    PartABy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PartA = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PartAAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PartBBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PartB = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PartBAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRequests_TipId",
                table: "DisclosureRequests",
                column: "TipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ContactKeyParts",
                table: "Tips");
        }
    }
}
