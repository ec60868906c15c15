using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Content.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MediaLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AssetId",
                schema: "content",
                table: "AuditEvents",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MediaFolders",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaFolders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaFolders_Departments_OwnerDepartmentId",
                        column: x => x.OwnerDepartmentId,
                        principalSchema: "content",
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediaFolders_MediaFolders_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "content",
                        principalTable: "MediaFolders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediaUsages",
                schema: "content",
                columns: table => new
                {
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssetId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaUsages", x => new { x.VersionId, x.AssetId });
                    table.ForeignKey(
                        name: "FK_MediaUsages_Versions_VersionId",
                        column: x => x.VersionId,
                        principalSchema: "content",
                        principalTable: "Versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediaAssets",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    FolderId = table.Column<Guid>(type: "uuid", nullable: true),
                    OriginalFileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    BlobKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: true),
                    Height = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaAssets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaAssets_Departments_OwnerDepartmentId",
                        column: x => x.OwnerDepartmentId,
                        principalSchema: "content",
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediaAssets_MediaFolders_FolderId",
                        column: x => x.FolderId,
                        principalSchema: "content",
                        principalTable: "MediaFolders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediaRenditions",
                schema: "content",
                columns: table => new
                {
                    AssetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    BlobKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaRenditions", x => new { x.AssetId, x.Name });
                    table.ForeignKey(
                        name: "FK_MediaRenditions_MediaAssets_AssetId",
                        column: x => x.AssetId,
                        principalSchema: "content",
                        principalTable: "MediaAssets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MediaTexts",
                schema: "content",
                columns: table => new
                {
                    AssetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Alt = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Caption = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Credit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaTexts", x => new { x.AssetId, x.Culture });
                    table.ForeignKey(
                        name: "FK_MediaTexts_MediaAssets_AssetId",
                        column: x => x.AssetId,
                        principalSchema: "content",
                        principalTable: "MediaAssets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_AssetId_At",
                schema: "content",
                table: "AuditEvents",
                columns: new[] { "AssetId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaAssets_FolderId",
                schema: "content",
                table: "MediaAssets",
                column: "FolderId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaAssets_Kind_CreatedAt",
                schema: "content",
                table: "MediaAssets",
                columns: new[] { "Kind", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaAssets_OwnerDepartmentId_FolderId_CreatedAt",
                schema: "content",
                table: "MediaAssets",
                columns: new[] { "OwnerDepartmentId", "FolderId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaAssets_OwnerDepartmentId_Sha256",
                schema: "content",
                table: "MediaAssets",
                columns: new[] { "OwnerDepartmentId", "Sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediaFolders_OwnerDepartmentId_ParentId",
                schema: "content",
                table: "MediaFolders",
                columns: new[] { "OwnerDepartmentId", "ParentId" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaFolders_ParentId",
                schema: "content",
                table: "MediaFolders",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaUsages_AssetId",
                schema: "content",
                table: "MediaUsages",
                column: "AssetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediaRenditions",
                schema: "content");

            migrationBuilder.DropTable(
                name: "MediaTexts",
                schema: "content");

            migrationBuilder.DropTable(
                name: "MediaUsages",
                schema: "content");

            migrationBuilder.DropTable(
                name: "MediaAssets",
                schema: "content");

            migrationBuilder.DropTable(
                name: "MediaFolders",
                schema: "content");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_AssetId_At",
                schema: "content",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "AssetId",
                schema: "content",
                table: "AuditEvents");
        }
    }
}
