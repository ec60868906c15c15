using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReceiptOnlyHashed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EncryptedReceipt",
                schema: "tips",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "ReceiptVisibleUntil",
                schema: "tips",
                table: "Tips");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedReceipt",
                schema: "tips",
                table: "Tips",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReceiptVisibleUntil",
                schema: "tips",
                table: "Tips",
                type: "bigint",
                nullable: true);
        }
    }
}
