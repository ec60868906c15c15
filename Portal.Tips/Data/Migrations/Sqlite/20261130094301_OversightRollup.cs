using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OversightRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.InsertData(
                table: "OversightRollupState",
                columns: new[] { "Id", "ReconciledAt", "RolledUpTo", "Version" },
                values: new object[] { 1, 621355968000000000L, 621355968000000000L, 0 });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OversightRollupState");

            migrationBuilder.DropTable(
                name: "OversightTipDays");

            migrationBuilder.DropTable(
                name: "OversightTipDurations");
        }
    }
}
