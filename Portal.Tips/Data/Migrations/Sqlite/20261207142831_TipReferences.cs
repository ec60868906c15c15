using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TipReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "Tips",
                type: "TEXT",
                maxLength: 9,
                nullable: false,
                defaultValue: "");

            // Tips stored before references existed get one here, before the unique index needs them.
            migrationBuilder.Sql(TipReferenceBackfill.Sqlite());

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Reference",
                table: "Tips",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tips_Reference",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "Tips");
        }
    }
}
