using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SeparationOfDuties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastAuthenticatorTimeStep",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "PendingApprovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Requested = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingApprovals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PendingApprovals_State_RequestedAt",
                table: "PendingApprovals",
                columns: new[] { "State", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PendingApprovals_TargetUserId_Kind_State",
                table: "PendingApprovals",
                columns: new[] { "TargetUserId", "Kind", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PendingApprovals");

            migrationBuilder.DropColumn(
                name: "LastAuthenticatorTimeStep",
                table: "AspNetUsers");
        }
    }
}
