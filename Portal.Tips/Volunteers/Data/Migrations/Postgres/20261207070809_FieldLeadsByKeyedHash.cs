using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Volunteers.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FieldLeadsByKeyedHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FieldLeads",
                schema: "volunteers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FieldLeads",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    TipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldLeads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FieldLeads_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalSchema: "volunteers",
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FieldLeads_VolunteerId",
                schema: "volunteers",
                table: "FieldLeads",
                column: "VolunteerId");
        }
    }
}
