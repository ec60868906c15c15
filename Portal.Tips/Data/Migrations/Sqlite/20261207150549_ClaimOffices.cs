using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimOffices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClaimOffices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrefectureKey = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AddressEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Hours = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HoursEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimOffices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimOffices_PrefectureKey",
                table: "ClaimOffices",
                column: "PrefectureKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimOffices");
        }
    }
}
