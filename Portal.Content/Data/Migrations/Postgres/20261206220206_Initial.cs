using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Content.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "content");

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssetId = table.Column<Guid>(type: "uuid", nullable: true),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Summary = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Departments",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Departments_Departments_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "content",
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediaDownloadDays",
                schema: "content",
                columns: table => new
                {
                    AssetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaDownloadDays", x => new { x.AssetId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "SearchPostings",
                schema: "content",
                columns: table => new
                {
                    Gram = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    TitleCount = table.Column<int>(type: "integer", nullable: false),
                    BodyCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchPostings", x => new { x.Gram, x.ItemId });
                });

            migrationBuilder.CreateTable(
                name: "Terms",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Vocabulary = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Terms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Terms_Terms_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "content",
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentGrants",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IncludesSubDepartments = table.Column<bool>(type: "boolean", nullable: false),
                    GrantedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GrantedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentGrants_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalSchema: "content",
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Items",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerDepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    VariantSetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Rendition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    LatestVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    LatestNumber = table.Column<int>(type: "integer", nullable: false),
                    LatestState = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublishedVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    FirstPublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    UnpublishAt = table.Column<long>(type: "bigint", nullable: true),
                    UnpublishScheduledBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UnpublishClaimedUntil = table.Column<long>(type: "bigint", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    DeletedAt = table.Column<long>(type: "bigint", nullable: true),
                    DeletedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Items_Departments_OwnerDepartmentId",
                        column: x => x.OwnerDepartmentId,
                        principalSchema: "content",
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Items_Items_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "content",
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "TermLabels",
                schema: "content",
                columns: table => new
                {
                    TermId = table.Column<Guid>(type: "uuid", nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermLabels", x => new { x.TermId, x.Culture });
                    table.ForeignKey(
                        name: "FK_TermLabels_Terms_TermId",
                        column: x => x.TermId,
                        principalSchema: "content",
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DraftSearchPostings",
                schema: "content",
                columns: table => new
                {
                    Gram = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftSearchPostings", x => new { x.Gram, x.ItemId });
                    table.ForeignKey(
                        name: "FK_DraftSearchPostings_Items_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "content",
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Redirects",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Rendition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FromSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Redirects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Redirects_Items_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "content",
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                schema: "content",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Culture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Rendition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.ItemId);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_Items_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "content",
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Versions",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    BasedOnVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    RestoredFromVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BodyJson = table.Column<string>(type: "text", nullable: false),
                    FieldsJson = table.Column<string>(type: "text", nullable: false),
                    MetaTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MetaDescription = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SeoImageAssetId = table.Column<Guid>(type: "uuid", nullable: true),
                    NoIndex = table.Column<bool>(type: "boolean", nullable: false),
                    PlainText = table.Column<string>(type: "text", nullable: false),
                    ChangeNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AuthorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApprovedAt = table.Column<long>(type: "bigint", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PublishedAt = table.Column<long>(type: "bigint", nullable: true),
                    PublishAt = table.Column<long>(type: "bigint", nullable: true),
                    PublishScheduledBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PublishClaimedUntil = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Versions_Items_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "content",
                        principalTable: "Items",
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
                name: "ReviewActions",
                schema: "content",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromState = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ToState = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewActions_Versions_VersionId",
                        column: x => x.VersionId,
                        principalSchema: "content",
                        principalTable: "Versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VersionTerms",
                schema: "content",
                columns: table => new
                {
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    TermId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VersionTerms", x => new { x.VersionId, x.TermId });
                    table.ForeignKey(
                        name: "FK_VersionTerms_Terms_TermId",
                        column: x => x.TermId,
                        principalSchema: "content",
                        principalTable: "Terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VersionTerms_Versions_VersionId",
                        column: x => x.VersionId,
                        principalSchema: "content",
                        principalTable: "Versions",
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
                name: "IX_AuditEvents_ActorId_At",
                schema: "content",
                table: "AuditEvents",
                columns: new[] { "ActorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_AssetId_At",
                schema: "content",
                table: "AuditEvents",
                columns: new[] { "AssetId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_At",
                schema: "content",
                table: "AuditEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_DepartmentId_At",
                schema: "content",
                table: "AuditEvents",
                columns: new[] { "DepartmentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ItemId_At",
                schema: "content",
                table: "AuditEvents",
                columns: new[] { "ItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentGrants_DepartmentId",
                schema: "content",
                table: "DepartmentGrants",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentGrants_UserId_DepartmentId_Role",
                schema: "content",
                table: "DepartmentGrants",
                columns: new[] { "UserId", "DepartmentId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_Key",
                schema: "content",
                table: "Departments",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Departments_ParentId",
                schema: "content",
                table: "Departments",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftSearchPostings_ItemId",
                schema: "content",
                table: "DraftSearchPostings",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Items_Culture_Rendition_Slug",
                schema: "content",
                table: "Items",
                columns: new[] { "Culture", "Rendition", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Items_LatestState_UpdatedAt",
                schema: "content",
                table: "Items",
                columns: new[] { "LatestState", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_OwnerDepartmentId_UpdatedAt",
                schema: "content",
                table: "Items",
                columns: new[] { "OwnerDepartmentId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_ParentId",
                schema: "content",
                table: "Items",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Items_Type_Culture_UpdatedAt",
                schema: "content",
                table: "Items",
                columns: new[] { "Type", "Culture", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Items_UnpublishAt",
                schema: "content",
                table: "Items",
                column: "UnpublishAt");

            migrationBuilder.CreateIndex(
                name: "IX_Items_VariantSetId_Culture_Rendition",
                schema: "content",
                table: "Items",
                columns: new[] { "VariantSetId", "Culture", "Rendition" },
                unique: true);

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
                name: "IX_MediaDownloadDays_Day",
                schema: "content",
                table: "MediaDownloadDays",
                column: "Day");

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

            migrationBuilder.CreateIndex(
                name: "IX_Redirects_Culture_Rendition_FromSlug",
                schema: "content",
                table: "Redirects",
                columns: new[] { "Culture", "Rendition", "FromSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Redirects_ItemId",
                schema: "content",
                table: "Redirects",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewActions_ItemId_At",
                schema: "content",
                table: "ReviewActions",
                columns: new[] { "ItemId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewActions_VersionId_At",
                schema: "content",
                table: "ReviewActions",
                columns: new[] { "VersionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Culture_PublishedAt",
                schema: "content",
                table: "SearchDocuments",
                columns: new[] { "Culture", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Type_Culture_PublishedAt",
                schema: "content",
                table: "SearchDocuments",
                columns: new[] { "Type", "Culture", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_VersionId",
                schema: "content",
                table: "SearchDocuments",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchPostings_ItemId",
                schema: "content",
                table: "SearchPostings",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Terms_ParentId",
                schema: "content",
                table: "Terms",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Terms_Vocabulary_Key",
                schema: "content",
                table: "Terms",
                columns: new[] { "Vocabulary", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Versions_ItemId_Number",
                schema: "content",
                table: "Versions",
                columns: new[] { "ItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Versions_State_PublishAt",
                schema: "content",
                table: "Versions",
                columns: new[] { "State", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VersionTerms_TermId",
                schema: "content",
                table: "VersionTerms",
                column: "TermId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEvents",
                schema: "content");

            migrationBuilder.DropTable(
                name: "DepartmentGrants",
                schema: "content");

            migrationBuilder.DropTable(
                name: "DraftSearchPostings",
                schema: "content");

            migrationBuilder.DropTable(
                name: "MediaDownloadDays",
                schema: "content");

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
                name: "Redirects",
                schema: "content");

            migrationBuilder.DropTable(
                name: "ReviewActions",
                schema: "content");

            migrationBuilder.DropTable(
                name: "SearchDocuments",
                schema: "content");

            migrationBuilder.DropTable(
                name: "SearchPostings",
                schema: "content");

            migrationBuilder.DropTable(
                name: "TermLabels",
                schema: "content");

            migrationBuilder.DropTable(
                name: "VersionTerms",
                schema: "content");

            migrationBuilder.DropTable(
                name: "MediaAssets",
                schema: "content");

            migrationBuilder.DropTable(
                name: "Terms",
                schema: "content");

            migrationBuilder.DropTable(
                name: "Versions",
                schema: "content");

            migrationBuilder.DropTable(
                name: "MediaFolders",
                schema: "content");

            migrationBuilder.DropTable(
                name: "Items",
                schema: "content");

            migrationBuilder.DropTable(
                name: "Departments",
                schema: "content");
        }
    }
}
