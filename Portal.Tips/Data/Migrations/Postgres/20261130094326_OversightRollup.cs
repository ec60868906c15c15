using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OversightRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OversightRollupState",
                schema: "tips",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    RolledUpTo = table.Column<long>(type: "bigint", nullable: false),
                    ReconciledAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightRollupState", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OversightTipDays",
                schema: "tips",
                columns: table => new
                {
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Region = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    Acknowledged = table.Column<int>(type: "integer", nullable: false),
                    Closed = table.Column<int>(type: "integer", nullable: false),
                    Substantiated = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightTipDays", x => new { x.Day, x.Region, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "OversightTipDurations",
                schema: "tips",
                columns: table => new
                {
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Region = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Measure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpperMinutes = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightTipDurations", x => new { x.Day, x.Region, x.Measure, x.UpperMinutes });
                });

            migrationBuilder.InsertData(
                schema: "tips",
                table: "OversightRollupState",
                columns: new[] { "Id", "ReconciledAt", "RolledUpTo", "Version" },
                values: new object[] { 1, 621355968000000000L, 621355968000000000L, 0 });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OversightRollupState",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "OversightTipDays",
                schema: "tips");

            migrationBuilder.DropTable(
                name: "OversightTipDurations",
                schema: "tips");
        }
    }
}
