using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemberKeys",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    PublicKey = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    Salt = table.Column<byte[]>(type: "BLOB", maxLength: 16, nullable: false),
                    MemoryKiB = table.Column<int>(type: "INTEGER", nullable: false),
                    Passes = table.Column<int>(type: "INTEGER", nullable: false),
                    WrappedPrivateKey = table.Column<byte[]>(type: "BLOB", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberKeys", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "UnitKeys",
                columns: table => new
                {
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Generation = table.Column<int>(type: "INTEGER", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    RecoveryPublicKey = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    RecoveryShare = table.Column<byte[]>(type: "BLOB", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitKeys", x => new { x.Unit, x.Generation });
                });

            migrationBuilder.CreateTable(
                name: "UnitKeyShares",
                columns: table => new
                {
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Generation = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Sealed = table.Column<byte[]>(type: "BLOB", maxLength: 128, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitKeyShares", x => new { x.Unit, x.Generation, x.MemberId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnitKeyShares_MemberId",
                table: "UnitKeyShares",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberKeys");

            migrationBuilder.DropTable(
                name: "UnitKeys");

            migrationBuilder.DropTable(
                name: "UnitKeyShares");
        }
    }
}
