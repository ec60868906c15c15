using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Tips.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReceiptOnlyHashed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EncryptedReceipt",
                table: "Tips");

            migrationBuilder.DropColumn(
                name: "ReceiptVisibleUntil",
                table: "Tips");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "EncryptedReceipt",
                table: "Tips",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReceiptVisibleUntil",
                table: "Tips",
                type: "INTEGER",
                nullable: true);
        }
    }
}
