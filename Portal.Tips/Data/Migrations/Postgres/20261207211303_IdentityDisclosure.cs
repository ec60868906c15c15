using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IdentityDisclosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "ContactKeyParts",
                schema: "tips",
                table: "Tips",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DisclosureRequests",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TipId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    EncryptedReason = table.Column<byte[]>(type: "bytea", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestPublicKey = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    PartABy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PartA = table.Column<byte[]>(type: "bytea", nullable: true),
                    PartAAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PartBBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PartB = table.Column<byte[]>(type: "bytea", nullable: true),
                    PartBAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRequests_TipId",
                schema: "tips",
                table: "DisclosureRequests",
                column: "TipId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DisclosureRequests",
                schema: "tips");

            migrationBuilder.DropColumn(
                name: "ContactKeyParts",
                schema: "tips",
                table: "Tips");
        }
    }
}
