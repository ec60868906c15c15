using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnitKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemberKeys",
                schema: "tips",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    Salt = table.Column<byte[]>(type: "bytea", maxLength: 16, nullable: false),
                    MemoryKiB = table.Column<int>(type: "integer", nullable: false),
                    Passes = table.Column<int>(type: "integer", nullable: false),
                    WrappedPrivateKey = table.Column<byte[]>(type: "bytea", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberKeys", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "UnitKeys",
                schema: "tips",
                columns: table => new
                {
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Generation = table.Column<int>(type: "integer", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    RecoveryPublicKey = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    RecoveryShare = table.Column<byte[]>(type: "bytea", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitKeys", x => new { x.Unit, x.Generation });
                });

            migrationBuilder.CreateTable(
                name: "UnitKeyShares",
                schema: "tips",
                columns: table => new
                {
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Generation = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Sealed = table.Column<byte[]>(type: "bytea", maxLength: 128, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitKeyShares", x => new { x.Unit, x.Generation, x.MemberId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnitKeyShares_MemberId",
                schema: "tips",
                table: "UnitKeyShares",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberKeys",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "UnitKeys",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "UnitKeyShares",
                schema: "tips");
        }
    }
}
