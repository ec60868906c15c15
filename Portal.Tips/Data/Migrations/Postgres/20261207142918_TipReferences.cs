using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TipReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reference",
                schema: "tips",
                table: "Tips",
                type: "character varying(9)",
                maxLength: 9,
                nullable: false,
                defaultValue: "");

            // Tips stored before references existed get one here, before the unique index needs them.
            migrationBuilder.Sql(TipReferenceBackfill.Postgres());

            migrationBuilder.CreateIndex(
                name: "IX_Tips_Reference",
                schema: "tips",
                table: "Tips",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tips_Reference",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "Reference",
                schema: "tips",
                table: "Tips");
        }
    }
}
