using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Portal.Content.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContentModel : Migration
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

            migrationBuilder.InsertData(
                schema: "content",
                table: "Departments",
                columns: new[] { "Id", "Key", "NameEn", "NameZh", "ParentId", "SortOrder" },
                values: new object[] { new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), "joint-conference", "Gansu Joint Conference against Trafficking in Persons", "甘肃省反对拐卖人口联席会议", null, 0 });

            migrationBuilder.InsertData(
                schema: "content",
                table: "Terms",
                columns: new[] { "Id", "Key", "ParentId", "SortOrder", "Vocabulary" },
                values: new object[,]
                {
                    { new Guid("029a9362-0767-50b3-8fa0-0d4e6024687b"), "travellers", null, 6, "Audience" },
                    { new Guid("0c4b59d3-f3f8-5598-8dac-c8de8291e572"), "people-with-disabilities", null, 8, "Audience" },
                    { new Guid("19ef2800-c44c-54fb-aebe-fe26f2072e09"), "senior-high", null, 3, "GradeBand" },
                    { new Guid("1c9079a6-f955-5738-b918-c20095839f41"), "620400", null, 4, "Region" },
                    { new Guid("3139c0b3-f16e-5fe2-b8ff-b7538d642627"), "school", null, 1, "Setting" },
                    { new Guid("38c036e6-3ff1-5def-8043-3b48376f580c"), "teachers", null, 2, "Audience" },
                    { new Guid("3bd7139a-fb3d-5aaf-9aea-25f4e51eb193"), "general-public", null, 10, "Audience" },
                    { new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), "621200", null, 12, "Region" },
                    { new Guid("52512fc7-03a5-5caa-87f1-403dd48907c3"), "primary", null, 1, "GradeBand" },
                    { new Guid("5462c166-dcb1-5974-9c77-2aad8e984bb0"), "620600", null, 6, "Region" },
                    { new Guid("55ca47b2-7c64-58d7-a647-6c47c75bffb0"), "organ-trafficking", null, 9, "Topic" },
                    { new Guid("5699ba01-fd80-55ad-ae92-5c781b362d4d"), "620500", null, 5, "Region" },
                    { new Guid("5f486e77-26bf-593f-8c8c-9d8ad0a31fa7"), "online", null, 6, "Setting" },
                    { new Guid("6dd4f664-fd5c-5447-8338-88e84e6a3305"), "620300", null, 3, "Region" },
                    { new Guid("6efd56d0-a681-52ed-816c-0a1950fa66fd"), "victims-rights", null, 11, "Topic" },
                    { new Guid("787e99c9-25da-5652-81ba-85381c28ead8"), "vocational", null, 4, "GradeBand" },
                    { new Guid("7a634bf8-a2a8-566a-9b2b-493df04a3654"), "transport-hubs", null, 2, "Setting" },
                    { new Guid("88b2e3ed-c682-5691-a1a3-ad2b4f7e2736"), "620200", null, 2, "Region" },
                    { new Guid("9021d258-0a5a-5c25-9982-12bd8b99cbd8"), "sexual-exploitation", null, 8, "Topic" },
                    { new Guid("91b8a739-2605-5264-817f-6d9d6214cfe9"), "621100", null, 11, "Region" },
                    { new Guid("964f8bd4-7670-5466-999e-5f7fda565399"), "how-to-report", null, 10, "Topic" },
                    { new Guid("98661888-2358-5402-af84-87a73083fb0e"), "622900", null, 13, "Region" },
                    { new Guid("99d3eec2-7209-5706-99fe-922cdaf669a8"), "frontline-staff", null, 7, "Audience" },
                    { new Guid("a368df48-260a-5c23-a821-9e0f3774f846"), "rural-communities", null, 4, "Audience" },
                    { new Guid("b202563c-1ce5-591a-a2c8-ac1d6f6174c0"), "621000", null, 10, "Region" },
                    { new Guid("b2c3a2ff-a78b-5a8b-a17e-51473fd27421"), "forced-begging", null, 7, "Topic" },
                    { new Guid("b2e6a243-92f3-5b0c-bb37-e8d62e6dd3ee"), "620900", null, 9, "Region" },
                    { new Guid("b6c73587-2aae-560e-8264-f44b2f0b24bc"), "parents", null, 3, "Audience" },
                    { new Guid("bd19e2b1-686c-5a2a-ad98-595c90122063"), "illegal-adoption", null, 6, "Topic" },
                    { new Guid("be14a50d-afea-5bfe-b892-876d5dbec40a"), "620700", null, 7, "Region" },
                    { new Guid("be85fa9d-cc84-5ffa-b7a6-bb993b59b8db"), "620800", null, 8, "Region" },
                    { new Guid("c331594e-6d6b-5d85-aad4-7295e6649598"), "community", null, 5, "Setting" },
                    { new Guid("c4f21506-b49a-5243-b155-fcb07631a0ed"), "students", null, 1, "Audience" },
                    { new Guid("c56e92a0-5568-597f-a835-99c96722c1bf"), "marriage-fraud", null, 3, "Topic" },
                    { new Guid("c8ed8cd1-32a5-5967-ae16-79c73bf2e5f1"), "forced-labour", null, 4, "Topic" },
                    { new Guid("d038e877-a512-50df-b06c-923069c80354"), "620100", null, 1, "Region" },
                    { new Guid("d311562e-bd74-5a92-8646-4518a8e95ad4"), "recruitment-fraud", null, 1, "Topic" },
                    { new Guid("d3eee754-743e-5979-9673-3eec7e28ba5f"), "623000", null, 14, "Region" },
                    { new Guid("daf5c7e3-4041-5392-940f-2a496af4cd18"), "online-lures", null, 5, "Topic" },
                    { new Guid("e0e236d5-62c6-513c-8556-f00e4e6023c4"), "migrant-workers", null, 5, "Audience" },
                    { new Guid("e3a147ed-cfdd-53db-946d-ae23b069208e"), "cross-border-marriage", null, 9, "Audience" },
                    { new Guid("ecc75f6f-defe-55aa-8e06-6e3e353b4c10"), "entertainment-venue", null, 4, "Setting" },
                    { new Guid("ef455898-7525-52e0-9d9e-86bccecd3ca7"), "child-abduction", null, 2, "Topic" },
                    { new Guid("f3f96cf0-cbb5-5c6c-8dcb-ecf21192e917"), "junior-high", null, 2, "GradeBand" },
                    { new Guid("fa99abc6-db97-5ff0-a2e1-80d708582852"), "hotel", null, 3, "Setting" }
                });

            migrationBuilder.InsertData(
                schema: "content",
                table: "Departments",
                columns: new[] { "Id", "Key", "NameEn", "NameZh", "ParentId", "SortOrder" },
                values: new object[,]
                {
                    { new Guid("0f2ced56-cb02-5c75-883c-c76931dcd9e8"), "education", "Provincial Department of Education", "省教育厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 10 },
                    { new Guid("17360e78-ead7-580f-8e96-55667628c363"), "commerce", "Provincial Department of Commerce", "省商务厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 20 },
                    { new Guid("1def200d-45af-5412-9e7c-6129666dfd55"), "legislative-affairs", "Legislative Affairs Commission of the Provincial People's Congress Standing Committee", "省人大常委会法工委", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 8 },
                    { new Guid("2f5d8375-d2fa-5dcd-bfe3-54e1dd876806"), "development-reform", "Provincial Development and Reform Commission", "省发展改革委", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 9 },
                    { new Guid("30103491-627d-519d-a45d-c13a2195c03f"), "cyberspace", "Cyberspace Affairs Office of the Provincial Party Committee", "省委网信办", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 6 },
                    { new Guid("319264b4-3bd0-5515-9976-1c0ca2702888"), "housing", "Provincial Department of Housing and Urban-Rural Development", "省住建厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 17 },
                    { new Guid("38027a40-4130-5f72-a489-c22110149b5a"), "procuratorate", "Provincial People's Procuratorate", "省检察院", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 5 },
                    { new Guid("38fd455b-f5c7-5b04-81f9-b55ec8b204e1"), "conference-621200", "Longnan Joint Conference against Trafficking in Persons", "陇南市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 112 },
                    { new Guid("39761f53-2ee2-5fb7-a27e-eea07b769635"), "conference-623000", "Gannan Tibetan Autonomous Prefecture Joint Conference against Trafficking in Persons", "甘南藏族自治州反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 114 },
                    { new Guid("399f0e0c-6af9-5f63-b84a-9a932779cc88"), "womens-federation", "Provincial Women's Federation", "省妇联", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 30 },
                    { new Guid("3b16a5ac-0dca-534e-aeb4-74aa12198c67"), "ethnic-affairs", "Provincial Ethnic Affairs Commission", "省民委", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 12 },
                    { new Guid("4e8b3439-c312-5620-a70a-f22a546480b6"), "public-security", "Provincial Public Security Department", "省公安厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 1 },
                    { new Guid("54e3f949-9e69-562e-aa12-8f7890500eb3"), "conference-621100", "Dingxi Joint Conference against Trafficking in Persons", "定西市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 111 },
                    { new Guid("5aaf2f5c-9554-53fc-9697-76fb6206b791"), "health", "Provincial Health Commission", "省卫生健康委", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 22 },
                    { new Guid("5bec9f9b-6f45-5acd-b0bf-7892ad6857e1"), "conference-620400", "Baiyin Joint Conference against Trafficking in Persons", "白银市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 104 },
                    { new Guid("5c1a2da2-b499-5d45-acf3-ccc3a789e3e6"), "rural-revitalisation", "Provincial Rural Revitalisation Bureau", "省乡村振兴局", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 27 },
                    { new Guid("5e3fd52b-f0d4-5a42-9e4f-be4c36660af3"), "state-assets", "State-owned Assets Supervision and Administration Commission of the Provincial Government", "省政府国资委", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 24 },
                    { new Guid("63bd1eed-6995-5d4f-b9b7-4d55697204f9"), "conference-620100", "Lanzhou Joint Conference against Trafficking in Persons", "兰州市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 100 },
                    { new Guid("666922d0-093c-55f3-8263-8e3052ac3ead"), "civil-affairs", "Provincial Department of Civil Affairs", "省民政厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 13 },
                    { new Guid("6894a2e7-a0b0-53b5-bd89-67aedb542752"), "court", "Provincial High People's Court", "省法院", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 4 },
                    { new Guid("6a67b337-fff7-5cb7-b807-62de7602a670"), "conference-622900", "Linxia Hui Autonomous Prefecture Joint Conference against Trafficking in Persons", "临夏回族自治州反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 113 },
                    { new Guid("77c1fd4b-c180-52b3-a93b-11435aba0e63"), "disabled-persons-federation", "Provincial Disabled Persons' Federation", "省残联", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 31 },
                    { new Guid("78d838d5-da68-5290-9cda-02718a616806"), "airports", "Gansu Civil Aviation Airport Group", "省民航机场集团公司", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 36 },
                    { new Guid("7986472c-618e-5634-96e9-d7c8963f798d"), "conference-lanzhou-new-area", "Lanzhou New Area Joint Conference against Trafficking in Persons", "兰州新区反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 101 },
                    { new Guid("7bebd10f-b7ba-5348-9f18-667a9d49d71d"), "railway-lanzhou", "China Railway Lanzhou Group", "中铁兰州局集团公司", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 34 },
                    { new Guid("7d9078cc-04ab-5c60-bdc3-312c6ba91aca"), "justice", "Provincial Department of Justice", "省司法厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 14 },
                    { new Guid("8422b1c1-78e5-55aa-bfa4-563f6d34c7b4"), "women-children-committee", "Office of the Provincial Government Working Committee on Women and Children", "省政府妇儿工委办", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 32 },
                    { new Guid("89e0b438-f552-565e-827a-113914973741"), "letters-calls", "Provincial Bureau of Letters and Calls", "省信访局", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 7 },
                    { new Guid("9065b2d2-1535-5402-bde2-e5119a23481c"), "human-resources", "Provincial Department of Human Resources and Social Security", "省人社厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 16 },
                    { new Guid("90fa0a91-5eb3-5024-9363-2fd857f4c4b9"), "conference-620900", "Jiuquan Joint Conference against Trafficking in Persons", "酒泉市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 109 },
                    { new Guid("935e5c6b-ab4a-5628-8a5a-2f29e1da791a"), "market-regulation", "Provincial Administration for Market Regulation", "省市场监管局", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 25 },
                    { new Guid("96e55d53-b8c9-518e-b453-f7a0281e90ab"), "trade-unions", "Provincial Federation of Trade Unions", "省总工会", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 28 },
                    { new Guid("990d3394-a1e4-5b2a-a07e-9109aa870c31"), "youth-league", "Provincial Committee of the Communist Youth League", "团省委", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 29 },
                    { new Guid("99de01d7-e8a6-5014-8c3e-fd37b25c8c05"), "foreign-affairs", "Foreign Affairs Office of the Provincial Government", "省政府外事办", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 23 },
                    { new Guid("9a6288fa-c55a-51d5-93e1-8142230b173e"), "communications", "Provincial Communications Administration", "省通信管理局", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 35 },
                    { new Guid("a3b0e127-5d25-5a39-b1e4-4b696e8391ba"), "conference-620200", "Jiayuguan Joint Conference against Trafficking in Persons", "嘉峪关市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 102 },
                    { new Guid("a3e51cb0-ebd6-5dbd-b5cc-c22e423013d7"), "conference-620300", "Jinchang Joint Conference against Trafficking in Persons", "金昌市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 103 },
                    { new Guid("a9ac6b31-993e-55a4-8c77-0677db5f8f31"), "finance", "Provincial Department of Finance", "省财政厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 15 },
                    { new Guid("afd37989-77ec-5466-a7c7-07e62a11d39c"), "transport", "Provincial Department of Transport", "省交通运输厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 18 },
                    { new Guid("b4c5ce08-4b8d-5ee6-8b0c-98e15c5b4006"), "industry-it", "Provincial Department of Industry and Information Technology", "省工信厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 11 },
                    { new Guid("b624b627-3cce-5fd2-a964-92c6831bcf4b"), "agriculture", "Provincial Department of Agriculture and Rural Affairs", "省农业农村厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 19 },
                    { new Guid("bd92184b-f018-510a-ad07-df0f1506a056"), "political-legal", "Political and Legal Affairs Commission of the Provincial Party Committee", "省委政法委", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 3 },
                    { new Guid("bdc34c2c-cc2b-5c79-9ee8-1e4284370864"), "publicity", "Publicity Department of the Provincial Party Committee", "省委宣传部", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 2 },
                    { new Guid("be68f356-fe5c-5993-812c-c992b10bc7bd"), "next-generation", "Provincial Committee for the Care of the Next Generation", "省关心下一代工作委员会", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 33 },
                    { new Guid("d2ea8409-127f-5455-9ec5-6052b294440b"), "radio-tv", "Provincial Radio and Television Administration", "省广电局", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 26 },
                    { new Guid("dafcf14b-3f59-54b7-a795-cd904ffc1f6b"), "conference-620500", "Tianshui Joint Conference against Trafficking in Persons", "天水市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 105 },
                    { new Guid("de988cf6-f543-5378-ade2-be914373d5fa"), "culture-tourism", "Provincial Department of Culture and Tourism", "省文旅厅", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 21 },
                    { new Guid("e56ee1be-f98e-53e0-886a-963fcae0a985"), "conference-620700", "Zhangye Joint Conference against Trafficking in Persons", "张掖市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 107 },
                    { new Guid("f462eaab-e924-542c-b674-e28a3ceac249"), "conference-620600", "Wuwei Joint Conference against Trafficking in Persons", "武威市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 106 },
                    { new Guid("f873e1d6-57d9-555d-87ef-3d8aa3005c5c"), "conference-620800", "Pingliang Joint Conference against Trafficking in Persons", "平凉市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 108 },
                    { new Guid("f99d2c28-546d-5d8a-a73a-6655c7f937df"), "conference-621000", "Qingyang Joint Conference against Trafficking in Persons", "庆阳市反对拐卖人口联席会议", new Guid("05a763ef-a2c6-5acf-87a0-14deb776fe01"), 110 }
                });

            migrationBuilder.InsertData(
                schema: "content",
                table: "TermLabels",
                columns: new[] { "Culture", "TermId", "Label" },
                values: new object[,]
                {
                    { "en", new Guid("029a9362-0767-50b3-8fa0-0d4e6024687b"), "Travellers" },
                    { "zh-CN", new Guid("029a9362-0767-50b3-8fa0-0d4e6024687b"), "旅客" },
                    { "en", new Guid("0c4b59d3-f3f8-5598-8dac-c8de8291e572"), "People with disabilities" },
                    { "zh-CN", new Guid("0c4b59d3-f3f8-5598-8dac-c8de8291e572"), "残疾人" },
                    { "en", new Guid("19ef2800-c44c-54fb-aebe-fe26f2072e09"), "Senior high school" },
                    { "zh-CN", new Guid("19ef2800-c44c-54fb-aebe-fe26f2072e09"), "高中" },
                    { "en", new Guid("1c9079a6-f955-5738-b918-c20095839f41"), "Baiyin" },
                    { "zh-CN", new Guid("1c9079a6-f955-5738-b918-c20095839f41"), "白银市" },
                    { "en", new Guid("3139c0b3-f16e-5fe2-b8ff-b7538d642627"), "School" },
                    { "zh-CN", new Guid("3139c0b3-f16e-5fe2-b8ff-b7538d642627"), "学校" },
                    { "en", new Guid("38c036e6-3ff1-5def-8043-3b48376f580c"), "Teachers" },
                    { "zh-CN", new Guid("38c036e6-3ff1-5def-8043-3b48376f580c"), "教师" },
                    { "en", new Guid("3bd7139a-fb3d-5aaf-9aea-25f4e51eb193"), "General public" },
                    { "zh-CN", new Guid("3bd7139a-fb3d-5aaf-9aea-25f4e51eb193"), "社会公众" },
                    { "en", new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), "Longnan" },
                    { "zh-CN", new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), "陇南市" },
                    { "en", new Guid("52512fc7-03a5-5caa-87f1-403dd48907c3"), "Primary school" },
                    { "zh-CN", new Guid("52512fc7-03a5-5caa-87f1-403dd48907c3"), "小学" },
                    { "en", new Guid("5462c166-dcb1-5974-9c77-2aad8e984bb0"), "Wuwei" },
                    { "zh-CN", new Guid("5462c166-dcb1-5974-9c77-2aad8e984bb0"), "武威市" },
                    { "en", new Guid("55ca47b2-7c64-58d7-a647-6c47c75bffb0"), "Organ trafficking" },
                    { "zh-CN", new Guid("55ca47b2-7c64-58d7-a647-6c47c75bffb0"), "非法摘取器官" },
                    { "en", new Guid("5699ba01-fd80-55ad-ae92-5c781b362d4d"), "Tianshui" },
                    { "zh-CN", new Guid("5699ba01-fd80-55ad-ae92-5c781b362d4d"), "天水市" },
                    { "en", new Guid("5f486e77-26bf-593f-8c8c-9d8ad0a31fa7"), "Online" },
                    { "zh-CN", new Guid("5f486e77-26bf-593f-8c8c-9d8ad0a31fa7"), "网络" },
                    { "en", new Guid("6dd4f664-fd5c-5447-8338-88e84e6a3305"), "Jinchang" },
                    { "zh-CN", new Guid("6dd4f664-fd5c-5447-8338-88e84e6a3305"), "金昌市" },
                    { "en", new Guid("6efd56d0-a681-52ed-816c-0a1950fa66fd"), "Rights of victims" },
                    { "zh-CN", new Guid("6efd56d0-a681-52ed-816c-0a1950fa66fd"), "被拐卖受害人权益" },
                    { "en", new Guid("787e99c9-25da-5652-81ba-85381c28ead8"), "Vocational school" },
                    { "zh-CN", new Guid("787e99c9-25da-5652-81ba-85381c28ead8"), "职业院校" },
                    { "en", new Guid("7a634bf8-a2a8-566a-9b2b-493df04a3654"), "Transport hubs" },
                    { "zh-CN", new Guid("7a634bf8-a2a8-566a-9b2b-493df04a3654"), "交通场站" },
                    { "en", new Guid("88b2e3ed-c682-5691-a1a3-ad2b4f7e2736"), "Jiayuguan" },
                    { "zh-CN", new Guid("88b2e3ed-c682-5691-a1a3-ad2b4f7e2736"), "嘉峪关市" },
                    { "en", new Guid("9021d258-0a5a-5c25-9982-12bd8b99cbd8"), "Sexual exploitation" },
                    { "zh-CN", new Guid("9021d258-0a5a-5c25-9982-12bd8b99cbd8"), "性剥削" },
                    { "en", new Guid("91b8a739-2605-5264-817f-6d9d6214cfe9"), "Dingxi" },
                    { "zh-CN", new Guid("91b8a739-2605-5264-817f-6d9d6214cfe9"), "定西市" },
                    { "en", new Guid("964f8bd4-7670-5466-999e-5f7fda565399"), "How to report" },
                    { "zh-CN", new Guid("964f8bd4-7670-5466-999e-5f7fda565399"), "如何举报" },
                    { "en", new Guid("98661888-2358-5402-af84-87a73083fb0e"), "Linxia Hui Autonomous Prefecture" },
                    { "zh-CN", new Guid("98661888-2358-5402-af84-87a73083fb0e"), "临夏回族自治州" },
                    { "en", new Guid("99d3eec2-7209-5706-99fe-922cdaf669a8"), "Station, venue and hotel staff" },
                    { "zh-CN", new Guid("99d3eec2-7209-5706-99fe-922cdaf669a8"), "车站、场所和酒店工作人员" },
                    { "en", new Guid("a368df48-260a-5c23-a821-9e0f3774f846"), "Rural communities" },
                    { "zh-CN", new Guid("a368df48-260a-5c23-a821-9e0f3774f846"), "农村群众" },
                    { "en", new Guid("b202563c-1ce5-591a-a2c8-ac1d6f6174c0"), "Qingyang" },
                    { "zh-CN", new Guid("b202563c-1ce5-591a-a2c8-ac1d6f6174c0"), "庆阳市" },
                    { "en", new Guid("b2c3a2ff-a78b-5a8b-a17e-51473fd27421"), "Forced begging" },
                    { "zh-CN", new Guid("b2c3a2ff-a78b-5a8b-a17e-51473fd27421"), "强迫乞讨" },
                    { "en", new Guid("b2e6a243-92f3-5b0c-bb37-e8d62e6dd3ee"), "Jiuquan" },
                    { "zh-CN", new Guid("b2e6a243-92f3-5b0c-bb37-e8d62e6dd3ee"), "酒泉市" },
                    { "en", new Guid("b6c73587-2aae-560e-8264-f44b2f0b24bc"), "Parents and guardians" },
                    { "zh-CN", new Guid("b6c73587-2aae-560e-8264-f44b2f0b24bc"), "家长和监护人" },
                    { "en", new Guid("bd19e2b1-686c-5a2a-ad98-595c90122063"), "Illegal adoption" },
                    { "zh-CN", new Guid("bd19e2b1-686c-5a2a-ad98-595c90122063"), "非法收养" },
                    { "en", new Guid("be14a50d-afea-5bfe-b892-876d5dbec40a"), "Zhangye" },
                    { "zh-CN", new Guid("be14a50d-afea-5bfe-b892-876d5dbec40a"), "张掖市" },
                    { "en", new Guid("be85fa9d-cc84-5ffa-b7a6-bb993b59b8db"), "Pingliang" },
                    { "zh-CN", new Guid("be85fa9d-cc84-5ffa-b7a6-bb993b59b8db"), "平凉市" },
                    { "en", new Guid("c331594e-6d6b-5d85-aad4-7295e6649598"), "Community" },
                    { "zh-CN", new Guid("c331594e-6d6b-5d85-aad4-7295e6649598"), "社区和村" },
                    { "en", new Guid("c4f21506-b49a-5243-b155-fcb07631a0ed"), "Students" },
                    { "zh-CN", new Guid("c4f21506-b49a-5243-b155-fcb07631a0ed"), "学生" },
                    { "en", new Guid("c56e92a0-5568-597f-a835-99c96722c1bf"), "Marriage fraud" },
                    { "zh-CN", new Guid("c56e92a0-5568-597f-a835-99c96722c1bf"), "婚姻诈骗和买卖婚姻" },
                    { "en", new Guid("c8ed8cd1-32a5-5967-ae16-79c73bf2e5f1"), "Forced labour" },
                    { "zh-CN", new Guid("c8ed8cd1-32a5-5967-ae16-79c73bf2e5f1"), "强迫劳动" },
                    { "en", new Guid("d038e877-a512-50df-b06c-923069c80354"), "Lanzhou" },
                    { "zh-CN", new Guid("d038e877-a512-50df-b06c-923069c80354"), "兰州市" },
                    { "en", new Guid("d311562e-bd74-5a92-8646-4518a8e95ad4"), "Recruitment fraud" },
                    { "zh-CN", new Guid("d311562e-bd74-5a92-8646-4518a8e95ad4"), "招工诈骗" },
                    { "en", new Guid("d3eee754-743e-5979-9673-3eec7e28ba5f"), "Gannan Tibetan Autonomous Prefecture" },
                    { "zh-CN", new Guid("d3eee754-743e-5979-9673-3eec7e28ba5f"), "甘南藏族自治州" },
                    { "en", new Guid("daf5c7e3-4041-5392-940f-2a496af4cd18"), "Online lures" },
                    { "zh-CN", new Guid("daf5c7e3-4041-5392-940f-2a496af4cd18"), "网络诱骗" },
                    { "en", new Guid("e0e236d5-62c6-513c-8556-f00e4e6023c4"), "Migrant workers and job seekers" },
                    { "zh-CN", new Guid("e0e236d5-62c6-513c-8556-f00e4e6023c4"), "外出务工人员和求职者" },
                    { "en", new Guid("e3a147ed-cfdd-53db-946d-ae23b069208e"), "People in cross-border marriages" },
                    { "zh-CN", new Guid("e3a147ed-cfdd-53db-946d-ae23b069208e"), "涉外婚姻当事人" },
                    { "en", new Guid("ecc75f6f-defe-55aa-8e06-6e3e353b4c10"), "Entertainment venue" },
                    { "zh-CN", new Guid("ecc75f6f-defe-55aa-8e06-6e3e353b4c10"), "娱乐场所" },
                    { "en", new Guid("ef455898-7525-52e0-9d9e-86bccecd3ca7"), "Child abduction" },
                    { "zh-CN", new Guid("ef455898-7525-52e0-9d9e-86bccecd3ca7"), "拐卖儿童" },
                    { "en", new Guid("f3f96cf0-cbb5-5c6c-8dcb-ecf21192e917"), "Junior high school" },
                    { "zh-CN", new Guid("f3f96cf0-cbb5-5c6c-8dcb-ecf21192e917"), "初中" },
                    { "en", new Guid("fa99abc6-db97-5ff0-a2e1-80d708582852"), "Hotel" },
                    { "zh-CN", new Guid("fa99abc6-db97-5ff0-a2e1-80d708582852"), "宾馆酒店" }
                });

            migrationBuilder.InsertData(
                schema: "content",
                table: "Terms",
                columns: new[] { "Id", "Key", "ParentId", "SortOrder", "Vocabulary" },
                values: new object[,]
                {
                    { new Guid("077964df-21a5-5104-aabd-ba43f6f0deca"), "621123", new Guid("91b8a739-2605-5264-817f-6d9d6214cfe9"), 4, "Region" },
                    { new Guid("07a2285c-77c2-5cfa-baff-7c071d561764"), "620823", new Guid("be85fa9d-cc84-5ffa-b7a6-bb993b59b8db"), 4, "Region" },
                    { new Guid("07b84848-bfe5-58de-a87a-696eec68fc4b"), "620923", new Guid("b2e6a243-92f3-5b0c-bb37-e8d62e6dd3ee"), 4, "Region" },
                    { new Guid("0bbcd204-f787-55ae-a1ad-71dfdb989607"), "620721", new Guid("be14a50d-afea-5bfe-b892-876d5dbec40a"), 2, "Region" },
                    { new Guid("0c928a47-3da5-5c69-b783-119d69ea1884"), "621102", new Guid("91b8a739-2605-5264-817f-6d9d6214cfe9"), 1, "Region" },
                    { new Guid("0e568ff6-9753-532b-bba7-1bd0515854e4"), "620122", new Guid("d038e877-a512-50df-b06c-923069c80354"), 7, "Region" },
                    { new Guid("0ee54b51-dc33-51f3-b288-0ee8c910a6f4"), "621023", new Guid("b202563c-1ce5-591a-a2c8-ac1d6f6174c0"), 4, "Region" },
                    { new Guid("1047a666-9afc-543c-be64-d58fedc5e18a"), "620503", new Guid("5699ba01-fd80-55ad-ae92-5c781b362d4d"), 2, "Region" },
                    { new Guid("111a533c-1424-5ada-9930-7c4012bac9ee"), "lanzhou-new-area", new Guid("d038e877-a512-50df-b06c-923069c80354"), 9, "Region" },
                    { new Guid("144a8e72-e40b-5a87-aaaf-8192dd4220d6"), "620302", new Guid("6dd4f664-fd5c-5447-8338-88e84e6a3305"), 1, "Region" },
                    { new Guid("16539760-0fb3-5184-a1b0-39af1e79bd0b"), "620725", new Guid("be14a50d-afea-5bfe-b892-876d5dbec40a"), 6, "Region" },
                    { new Guid("1672dd07-09af-51e0-be88-914fd5590df0"), "620825", new Guid("be85fa9d-cc84-5ffa-b7a6-bb993b59b8db"), 5, "Region" },
                    { new Guid("1780eda0-d8fe-5f28-ba99-acfbbb20327b"), "620521", new Guid("5699ba01-fd80-55ad-ae92-5c781b362d4d"), 3, "Region" },
                    { new Guid("1afb2031-8939-52ad-95c2-3e028119a7c2"), "620982", new Guid("b2e6a243-92f3-5b0c-bb37-e8d62e6dd3ee"), 7, "Region" },
                    { new Guid("2180f50b-568a-52f8-9b05-2343be9b2adb"), "621225", new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), 6, "Region" },
                    { new Guid("22b7e179-382a-5f82-966f-237b2ecd9fb6"), "621122", new Guid("91b8a739-2605-5264-817f-6d9d6214cfe9"), 3, "Region" },
                    { new Guid("244664b7-71e3-510d-98c6-8a42b9aec2a8"), "620621", new Guid("5462c166-dcb1-5974-9c77-2aad8e984bb0"), 2, "Region" },
                    { new Guid("2527b9e3-97f7-534e-8de3-402c4e2f76b6"), "623024", new Guid("d3eee754-743e-5979-9673-3eec7e28ba5f"), 5, "Region" },
                    { new Guid("27da3f38-017a-5af8-aea0-64c238fc9abd"), "621226", new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), 7, "Region" },
                    { new Guid("3011c024-b229-550f-b267-da2fe665c955"), "621026", new Guid("b202563c-1ce5-591a-a2c8-ac1d6f6174c0"), 7, "Region" },
                    { new Guid("30f8f6fd-4df3-5dfc-9f68-cf6f808ddb76"), "620822", new Guid("be85fa9d-cc84-5ffa-b7a6-bb993b59b8db"), 3, "Region" },
                    { new Guid("35c4566c-f197-5c24-ab45-05bc2bd2708b"), "disability-visual", new Guid("0c4b59d3-f3f8-5598-8dac-c8de8291e572"), 1, "Audience" },
                    { new Guid("389c35b7-f45d-54f7-8c28-764f1b10dea2"), "railway-station", new Guid("7a634bf8-a2a8-566a-9b2b-493df04a3654"), 1, "Setting" },
                    { new Guid("3b5a8618-63aa-5c51-8ee1-58dd016676b2"), "620981", new Guid("b2e6a243-92f3-5b0c-bb37-e8d62e6dd3ee"), 6, "Region" },
                    { new Guid("3c41ca6c-844c-5804-91d4-c27009004f1f"), "622926", new Guid("98661888-2358-5402-af84-87a73083fb0e"), 7, "Region" },
                    { new Guid("42224919-b1c5-5795-b1c7-49d811f3f918"), "620881", new Guid("be85fa9d-cc84-5ffa-b7a6-bb993b59b8db"), 7, "Region" },
                    { new Guid("430be8d3-74fb-554f-a22d-b65100b0d6be"), "621202", new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), 1, "Region" },
                    { new Guid("43a53c3a-cc37-583c-a1e9-7a4e79ac4d6f"), "620422", new Guid("1c9079a6-f955-5738-b918-c20095839f41"), 4, "Region" },
                    { new Guid("49407033-f2ae-544a-af0a-aafac5a4dbc1"), "621221", new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), 2, "Region" },
                    { new Guid("501614b5-08b2-56f9-aecf-30af314f61fa"), "621025", new Guid("b202563c-1ce5-591a-a2c8-ac1d6f6174c0"), 6, "Region" },
                    { new Guid("523a3210-bf7d-5b06-91da-80aa2ad19866"), "620924", new Guid("b2e6a243-92f3-5b0c-bb37-e8d62e6dd3ee"), 5, "Region" },
                    { new Guid("55a4ffa6-6193-5ffc-a69b-6c7e8e024b52"), "disability-intellectual", new Guid("0c4b59d3-f3f8-5598-8dac-c8de8291e572"), 3, "Audience" },
                    { new Guid("56584f9e-8e5f-53bb-9326-895ca6bbaed1"), "623026", new Guid("d3eee754-743e-5979-9673-3eec7e28ba5f"), 7, "Region" },
                    { new Guid("5678b1aa-4766-5f5a-9f37-71aba8530fe7"), "620921", new Guid("b2e6a243-92f3-5b0c-bb37-e8d62e6dd3ee"), 2, "Region" },
                    { new Guid("59acdcc0-c085-5032-8762-4a0ac95bca69"), "620902", new Guid("b2e6a243-92f3-5b0c-bb37-e8d62e6dd3ee"), 1, "Region" },
                    { new Guid("5a173a5e-3957-5e31-8923-c2e9719a44ab"), "620502", new Guid("5699ba01-fd80-55ad-ae92-5c781b362d4d"), 1, "Region" },
                    { new Guid("5d630a4b-8e4e-5d7e-b418-685e8235551d"), "620111", new Guid("d038e877-a512-50df-b06c-923069c80354"), 5, "Region" },
                    { new Guid("5e666123-0fff-5f84-9cff-ec1ac43c4159"), "620522", new Guid("5699ba01-fd80-55ad-ae92-5c781b362d4d"), 4, "Region" },
                    { new Guid("5f234f90-39d4-5df2-ad51-e7a40bd30a25"), "620102", new Guid("d038e877-a512-50df-b06c-923069c80354"), 1, "Region" },
                    { new Guid("6016af2d-9ad4-5db2-a9c5-339efba0e86b"), "students-primary", new Guid("c4f21506-b49a-5243-b155-fcb07631a0ed"), 1, "Audience" },
                    { new Guid("64839580-00f3-5701-a9da-86f1e6d8de92"), "621121", new Guid("91b8a739-2605-5264-817f-6d9d6214cfe9"), 2, "Region" },
                    { new Guid("66ddab68-2a24-5a77-8026-3ac24c70c640"), "620403", new Guid("1c9079a6-f955-5738-b918-c20095839f41"), 2, "Region" },
                    { new Guid("67d5fb2a-b2d2-5801-9008-ebf8785346d7"), "622927", new Guid("98661888-2358-5402-af84-87a73083fb0e"), 8, "Region" },
                    { new Guid("68a62ee5-459d-55a9-9877-588c5a271efa"), "622922", new Guid("98661888-2358-5402-af84-87a73083fb0e"), 3, "Region" },
                    { new Guid("6ea05a99-e4c4-55c5-8380-4f2334c80993"), "port", new Guid("7a634bf8-a2a8-566a-9b2b-493df04a3654"), 4, "Setting" },
                    { new Guid("71ec3f66-f2ea-5d1e-8bc8-d24dc6ceb804"), "622901", new Guid("98661888-2358-5402-af84-87a73083fb0e"), 1, "Region" },
                    { new Guid("73359f2d-7056-540e-9fdf-35274438e15d"), "620821", new Guid("be85fa9d-cc84-5ffa-b7a6-bb993b59b8db"), 2, "Region" },
                    { new Guid("755073c6-b6d2-598a-be3f-8af3b0a476d5"), "620702", new Guid("be14a50d-afea-5bfe-b892-876d5dbec40a"), 1, "Region" },
                    { new Guid("79414823-e88c-5b56-a6d7-a70a1b81089a"), "620423", new Guid("1c9079a6-f955-5738-b918-c20095839f41"), 5, "Region" },
                    { new Guid("7989a40f-e2a8-5a08-9de6-ede2bf7509e3"), "623021", new Guid("d3eee754-743e-5979-9673-3eec7e28ba5f"), 2, "Region" },
                    { new Guid("7aa7c5bd-3492-578d-8d15-faf26c57554b"), "623023", new Guid("d3eee754-743e-5979-9673-3eec7e28ba5f"), 4, "Region" },
                    { new Guid("7ac47af5-172d-5fc5-80d9-c62867ef067e"), "621024", new Guid("b202563c-1ce5-591a-a2c8-ac1d6f6174c0"), 5, "Region" },
                    { new Guid("7b3026cc-d94f-5cfa-a366-de2d828ba0b3"), "620922", new Guid("b2e6a243-92f3-5b0c-bb37-e8d62e6dd3ee"), 3, "Region" },
                    { new Guid("7c6a1169-1456-5d78-bf71-5c3d5d8aa99c"), "620524", new Guid("5699ba01-fd80-55ad-ae92-5c781b362d4d"), 6, "Region" },
                    { new Guid("7e83999d-0211-544c-a2c7-a5b7ddebc407"), "620802", new Guid("be85fa9d-cc84-5ffa-b7a6-bb993b59b8db"), 1, "Region" },
                    { new Guid("7f07b429-4a83-57f8-a5bc-33ef15fbffbd"), "620104", new Guid("d038e877-a512-50df-b06c-923069c80354"), 3, "Region" },
                    { new Guid("80fa09d0-507c-5314-875f-52ebc4a7aee2"), "621223", new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), 4, "Region" },
                    { new Guid("8ec5bed3-bd67-5916-bfb1-eebe57472ca2"), "623022", new Guid("d3eee754-743e-5979-9673-3eec7e28ba5f"), 3, "Region" },
                    { new Guid("93b09804-1396-59ed-8719-9d06ec213861"), "620525", new Guid("5699ba01-fd80-55ad-ae92-5c781b362d4d"), 7, "Region" },
                    { new Guid("9c8c2100-5b4c-5b87-a88e-6b7f8ca1a863"), "students-vocational", new Guid("c4f21506-b49a-5243-b155-fcb07631a0ed"), 4, "Audience" },
                    { new Guid("9d59cff7-77b2-5e86-b4a6-43adaa3c5ba2"), "620724", new Guid("be14a50d-afea-5bfe-b892-876d5dbec40a"), 5, "Region" },
                    { new Guid("9d795524-5608-5dcb-819a-32dc3cfc9754"), "622921", new Guid("98661888-2358-5402-af84-87a73083fb0e"), 2, "Region" },
                    { new Guid("9ddddb2a-d1d5-5ac2-9533-7437e6a282d5"), "621224", new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), 5, "Region" },
                    { new Guid("a0cff0e9-2b51-5f1f-8022-35a58b565c9a"), "623025", new Guid("d3eee754-743e-5979-9673-3eec7e28ba5f"), 6, "Region" },
                    { new Guid("a540bc48-221b-5491-b183-80f0523380d4"), "621002", new Guid("b202563c-1ce5-591a-a2c8-ac1d6f6174c0"), 1, "Region" },
                    { new Guid("a70fe268-29c7-5b9f-bcbf-f92c0f5e5a60"), "airport", new Guid("7a634bf8-a2a8-566a-9b2b-493df04a3654"), 3, "Setting" },
                    { new Guid("aa5c81fb-a2fc-5735-822a-ebb7b71fcb4d"), "disability-hearing", new Guid("0c4b59d3-f3f8-5598-8dac-c8de8291e572"), 2, "Audience" },
                    { new Guid("b248fa5c-7bf7-53ad-99ac-3affcce6e213"), "620402", new Guid("1c9079a6-f955-5738-b918-c20095839f41"), 1, "Region" },
                    { new Guid("b9169530-a0f1-5a65-8b9f-cd69a63e682b"), "620121", new Guid("d038e877-a512-50df-b06c-923069c80354"), 6, "Region" },
                    { new Guid("b9cc5d67-1ccf-5e5c-8c42-42ec7484187f"), "620602", new Guid("5462c166-dcb1-5974-9c77-2aad8e984bb0"), 1, "Region" },
                    { new Guid("ba0e29b3-5af2-5407-bfdc-b28c938bb71f"), "620622", new Guid("5462c166-dcb1-5974-9c77-2aad8e984bb0"), 3, "Region" },
                    { new Guid("ba5114ed-6f81-506a-9b0d-9ab04e3962c8"), "620722", new Guid("be14a50d-afea-5bfe-b892-876d5dbec40a"), 3, "Region" },
                    { new Guid("baa9648e-f3b4-5d34-930c-bf4669299ec6"), "620123", new Guid("d038e877-a512-50df-b06c-923069c80354"), 8, "Region" },
                    { new Guid("bbbeec79-00df-5a00-88c7-2b86c514a0ed"), "621125", new Guid("91b8a739-2605-5264-817f-6d9d6214cfe9"), 6, "Region" },
                    { new Guid("c25cc3d3-1866-551f-b77e-72b50828cc9e"), "621124", new Guid("91b8a739-2605-5264-817f-6d9d6214cfe9"), 5, "Region" },
                    { new Guid("c338f863-39d2-5d1c-9bf6-07590181efd9"), "622924", new Guid("98661888-2358-5402-af84-87a73083fb0e"), 5, "Region" },
                    { new Guid("c8a4e665-8fae-5e3a-9756-a049e14a13da"), "620421", new Guid("1c9079a6-f955-5738-b918-c20095839f41"), 3, "Region" },
                    { new Guid("c91d7723-f5c8-5d9a-9473-22aae50ebcce"), "bus-station", new Guid("7a634bf8-a2a8-566a-9b2b-493df04a3654"), 2, "Setting" },
                    { new Guid("cd4d50d6-ae68-59b6-a9e2-f8aa64b3254e"), "622925", new Guid("98661888-2358-5402-af84-87a73083fb0e"), 6, "Region" },
                    { new Guid("cec56d8f-976f-590e-b5ff-9676ce77c906"), "621022", new Guid("b202563c-1ce5-591a-a2c8-ac1d6f6174c0"), 3, "Region" },
                    { new Guid("d207b37a-9cd1-5771-acb5-46d4be9c43ac"), "621222", new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), 3, "Region" },
                    { new Guid("d2a46915-76ce-58c8-bc84-7f6311fde789"), "623027", new Guid("d3eee754-743e-5979-9673-3eec7e28ba5f"), 8, "Region" },
                    { new Guid("d357a908-22f1-5ddd-a86a-276e8a9e5440"), "620321", new Guid("6dd4f664-fd5c-5447-8338-88e84e6a3305"), 2, "Region" },
                    { new Guid("d6fb033d-9239-5da3-9ffe-d5b080f57423"), "621126", new Guid("91b8a739-2605-5264-817f-6d9d6214cfe9"), 7, "Region" },
                    { new Guid("d7f72c97-424b-59f6-a191-d72d239587e4"), "620105", new Guid("d038e877-a512-50df-b06c-923069c80354"), 4, "Region" },
                    { new Guid("d98786af-9645-5a68-ab71-f1a5e960d053"), "620523", new Guid("5699ba01-fd80-55ad-ae92-5c781b362d4d"), 5, "Region" },
                    { new Guid("dfe0d66f-6dd9-59eb-a8b6-8453d00badbe"), "622923", new Guid("98661888-2358-5402-af84-87a73083fb0e"), 4, "Region" },
                    { new Guid("e26c0a1a-2909-5d62-8773-7f34d07c2f3c"), "620723", new Guid("be14a50d-afea-5bfe-b892-876d5dbec40a"), 4, "Region" },
                    { new Guid("e5060f9c-601c-5762-8900-cb67a94f3d86"), "621227", new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), 8, "Region" },
                    { new Guid("e5f66339-a234-5dff-9460-1eeec7a47c8d"), "620103", new Guid("d038e877-a512-50df-b06c-923069c80354"), 2, "Region" },
                    { new Guid("e8d16b95-9dd1-542c-bf1a-798752049481"), "621027", new Guid("b202563c-1ce5-591a-a2c8-ac1d6f6174c0"), 8, "Region" },
                    { new Guid("ea7c5819-96bf-5f5d-9007-62c04c0062e3"), "students-senior-high", new Guid("c4f21506-b49a-5243-b155-fcb07631a0ed"), 3, "Audience" },
                    { new Guid("ecd31268-5cc4-5fb3-8847-c721b0090de6"), "623001", new Guid("d3eee754-743e-5979-9673-3eec7e28ba5f"), 1, "Region" },
                    { new Guid("f19cab10-5b81-5080-adf8-fdc7d53f637c"), "620623", new Guid("5462c166-dcb1-5974-9c77-2aad8e984bb0"), 4, "Region" },
                    { new Guid("f8917e6f-3fe5-5922-b9c6-2dc7ae51a884"), "students-junior-high", new Guid("c4f21506-b49a-5243-b155-fcb07631a0ed"), 2, "Audience" },
                    { new Guid("f9e5a8a4-83f1-533d-827a-04ce804f9750"), "621021", new Guid("b202563c-1ce5-591a-a2c8-ac1d6f6174c0"), 2, "Region" },
                    { new Guid("fa35ce62-a873-5e3b-864c-ae34a6033ae0"), "621228", new Guid("4be51f49-9fd8-5ad5-b9e0-61df0e7fce7a"), 9, "Region" },
                    { new Guid("ff8f73ae-a7f5-5bec-b37d-3af70af05536"), "620826", new Guid("be85fa9d-cc84-5ffa-b7a6-bb993b59b8db"), 6, "Region" }
                });

            migrationBuilder.InsertData(
                schema: "content",
                table: "TermLabels",
                columns: new[] { "Culture", "TermId", "Label" },
                values: new object[,]
                {
                    { "en", new Guid("077964df-21a5-5104-aabd-ba43f6f0deca"), "Weiyuan County" },
                    { "zh-CN", new Guid("077964df-21a5-5104-aabd-ba43f6f0deca"), "渭源县" },
                    { "en", new Guid("07a2285c-77c2-5cfa-baff-7c071d561764"), "Chongxin County" },
                    { "zh-CN", new Guid("07a2285c-77c2-5cfa-baff-7c071d561764"), "崇信县" },
                    { "en", new Guid("07b84848-bfe5-58de-a87a-696eec68fc4b"), "Subei Mongol Autonomous County" },
                    { "zh-CN", new Guid("07b84848-bfe5-58de-a87a-696eec68fc4b"), "肃北蒙古族自治县" },
                    { "en", new Guid("0bbcd204-f787-55ae-a1ad-71dfdb989607"), "Sunan Yugur Autonomous County" },
                    { "zh-CN", new Guid("0bbcd204-f787-55ae-a1ad-71dfdb989607"), "肃南裕固族自治县" },
                    { "en", new Guid("0c928a47-3da5-5c69-b783-119d69ea1884"), "Anding District" },
                    { "zh-CN", new Guid("0c928a47-3da5-5c69-b783-119d69ea1884"), "安定区" },
                    { "en", new Guid("0e568ff6-9753-532b-bba7-1bd0515854e4"), "Gaolan County" },
                    { "zh-CN", new Guid("0e568ff6-9753-532b-bba7-1bd0515854e4"), "皋兰县" },
                    { "en", new Guid("0ee54b51-dc33-51f3-b288-0ee8c910a6f4"), "Huachi County" },
                    { "zh-CN", new Guid("0ee54b51-dc33-51f3-b288-0ee8c910a6f4"), "华池县" },
                    { "en", new Guid("1047a666-9afc-543c-be64-d58fedc5e18a"), "Maiji District" },
                    { "zh-CN", new Guid("1047a666-9afc-543c-be64-d58fedc5e18a"), "麦积区" },
                    { "en", new Guid("111a533c-1424-5ada-9930-7c4012bac9ee"), "Lanzhou New Area" },
                    { "zh-CN", new Guid("111a533c-1424-5ada-9930-7c4012bac9ee"), "兰州新区" },
                    { "en", new Guid("144a8e72-e40b-5a87-aaaf-8192dd4220d6"), "Jinchuan District" },
                    { "zh-CN", new Guid("144a8e72-e40b-5a87-aaaf-8192dd4220d6"), "金川区" },
                    { "en", new Guid("16539760-0fb3-5184-a1b0-39af1e79bd0b"), "Shandan County" },
                    { "zh-CN", new Guid("16539760-0fb3-5184-a1b0-39af1e79bd0b"), "山丹县" },
                    { "en", new Guid("1672dd07-09af-51e0-be88-914fd5590df0"), "Zhuanglang County" },
                    { "zh-CN", new Guid("1672dd07-09af-51e0-be88-914fd5590df0"), "庄浪县" },
                    { "en", new Guid("1780eda0-d8fe-5f28-ba99-acfbbb20327b"), "Qingshui County" },
                    { "zh-CN", new Guid("1780eda0-d8fe-5f28-ba99-acfbbb20327b"), "清水县" },
                    { "en", new Guid("1afb2031-8939-52ad-95c2-3e028119a7c2"), "Dunhuang City" },
                    { "zh-CN", new Guid("1afb2031-8939-52ad-95c2-3e028119a7c2"), "敦煌市" },
                    { "en", new Guid("2180f50b-568a-52f8-9b05-2343be9b2adb"), "Xihe County" },
                    { "zh-CN", new Guid("2180f50b-568a-52f8-9b05-2343be9b2adb"), "西和县" },
                    { "en", new Guid("22b7e179-382a-5f82-966f-237b2ecd9fb6"), "Longxi County" },
                    { "zh-CN", new Guid("22b7e179-382a-5f82-966f-237b2ecd9fb6"), "陇西县" },
                    { "en", new Guid("244664b7-71e3-510d-98c6-8a42b9aec2a8"), "Minqin County" },
                    { "zh-CN", new Guid("244664b7-71e3-510d-98c6-8a42b9aec2a8"), "民勤县" },
                    { "en", new Guid("2527b9e3-97f7-534e-8de3-402c4e2f76b6"), "Diebu County" },
                    { "zh-CN", new Guid("2527b9e3-97f7-534e-8de3-402c4e2f76b6"), "迭部县" },
                    { "en", new Guid("27da3f38-017a-5af8-aea0-64c238fc9abd"), "Li County" },
                    { "zh-CN", new Guid("27da3f38-017a-5af8-aea0-64c238fc9abd"), "礼县" },
                    { "en", new Guid("3011c024-b229-550f-b267-da2fe665c955"), "Ning County" },
                    { "zh-CN", new Guid("3011c024-b229-550f-b267-da2fe665c955"), "宁县" },
                    { "en", new Guid("30f8f6fd-4df3-5dfc-9f68-cf6f808ddb76"), "Lingtai County" },
                    { "zh-CN", new Guid("30f8f6fd-4df3-5dfc-9f68-cf6f808ddb76"), "灵台县" },
                    { "en", new Guid("35c4566c-f197-5c24-ab45-05bc2bd2708b"), "People with visual disabilities" },
                    { "zh-CN", new Guid("35c4566c-f197-5c24-ab45-05bc2bd2708b"), "视力残疾人" },
                    { "en", new Guid("389c35b7-f45d-54f7-8c28-764f1b10dea2"), "Railway station" },
                    { "zh-CN", new Guid("389c35b7-f45d-54f7-8c28-764f1b10dea2"), "火车站" },
                    { "en", new Guid("3b5a8618-63aa-5c51-8ee1-58dd016676b2"), "Yumen City" },
                    { "zh-CN", new Guid("3b5a8618-63aa-5c51-8ee1-58dd016676b2"), "玉门市" },
                    { "en", new Guid("3c41ca6c-844c-5804-91d4-c27009004f1f"), "Dongxiang Autonomous County" },
                    { "zh-CN", new Guid("3c41ca6c-844c-5804-91d4-c27009004f1f"), "东乡族自治县" },
                    { "en", new Guid("42224919-b1c5-5795-b1c7-49d811f3f918"), "Huating City" },
                    { "zh-CN", new Guid("42224919-b1c5-5795-b1c7-49d811f3f918"), "华亭市" },
                    { "en", new Guid("430be8d3-74fb-554f-a22d-b65100b0d6be"), "Wudu District" },
                    { "zh-CN", new Guid("430be8d3-74fb-554f-a22d-b65100b0d6be"), "武都区" },
                    { "en", new Guid("43a53c3a-cc37-583c-a1e9-7a4e79ac4d6f"), "Huining County" },
                    { "zh-CN", new Guid("43a53c3a-cc37-583c-a1e9-7a4e79ac4d6f"), "会宁县" },
                    { "en", new Guid("49407033-f2ae-544a-af0a-aafac5a4dbc1"), "Cheng County" },
                    { "zh-CN", new Guid("49407033-f2ae-544a-af0a-aafac5a4dbc1"), "成县" },
                    { "en", new Guid("501614b5-08b2-56f9-aecf-30af314f61fa"), "Zhengning County" },
                    { "zh-CN", new Guid("501614b5-08b2-56f9-aecf-30af314f61fa"), "正宁县" },
                    { "en", new Guid("523a3210-bf7d-5b06-91da-80aa2ad19866"), "Akesai Kazakh Autonomous County" },
                    { "zh-CN", new Guid("523a3210-bf7d-5b06-91da-80aa2ad19866"), "阿克塞哈萨克族自治县" },
                    { "en", new Guid("55a4ffa6-6193-5ffc-a69b-6c7e8e024b52"), "People with intellectual disabilities" },
                    { "zh-CN", new Guid("55a4ffa6-6193-5ffc-a69b-6c7e8e024b52"), "智力残疾人" },
                    { "en", new Guid("56584f9e-8e5f-53bb-9326-895ca6bbaed1"), "Luqu County" },
                    { "zh-CN", new Guid("56584f9e-8e5f-53bb-9326-895ca6bbaed1"), "碌曲县" },
                    { "en", new Guid("5678b1aa-4766-5f5a-9f37-71aba8530fe7"), "Jinta County" },
                    { "zh-CN", new Guid("5678b1aa-4766-5f5a-9f37-71aba8530fe7"), "金塔县" },
                    { "en", new Guid("59acdcc0-c085-5032-8762-4a0ac95bca69"), "Suzhou District" },
                    { "zh-CN", new Guid("59acdcc0-c085-5032-8762-4a0ac95bca69"), "肃州区" },
                    { "en", new Guid("5a173a5e-3957-5e31-8923-c2e9719a44ab"), "Qinzhou District" },
                    { "zh-CN", new Guid("5a173a5e-3957-5e31-8923-c2e9719a44ab"), "秦州区" },
                    { "en", new Guid("5d630a4b-8e4e-5d7e-b418-685e8235551d"), "Honggu District" },
                    { "zh-CN", new Guid("5d630a4b-8e4e-5d7e-b418-685e8235551d"), "红古区" },
                    { "en", new Guid("5e666123-0fff-5f84-9cff-ec1ac43c4159"), "Qin'an County" },
                    { "zh-CN", new Guid("5e666123-0fff-5f84-9cff-ec1ac43c4159"), "秦安县" },
                    { "en", new Guid("5f234f90-39d4-5df2-ad51-e7a40bd30a25"), "Chengguan District" },
                    { "zh-CN", new Guid("5f234f90-39d4-5df2-ad51-e7a40bd30a25"), "城关区" },
                    { "en", new Guid("6016af2d-9ad4-5db2-a9c5-339efba0e86b"), "Primary school pupils" },
                    { "zh-CN", new Guid("6016af2d-9ad4-5db2-a9c5-339efba0e86b"), "小学生" },
                    { "en", new Guid("64839580-00f3-5701-a9da-86f1e6d8de92"), "Tongwei County" },
                    { "zh-CN", new Guid("64839580-00f3-5701-a9da-86f1e6d8de92"), "通渭县" },
                    { "en", new Guid("66ddab68-2a24-5a77-8026-3ac24c70c640"), "Pingchuan District" },
                    { "zh-CN", new Guid("66ddab68-2a24-5a77-8026-3ac24c70c640"), "平川区" },
                    { "en", new Guid("67d5fb2a-b2d2-5801-9008-ebf8785346d7"), "Jishishan Bonan, Dongxiang and Salar Autonomous County" },
                    { "zh-CN", new Guid("67d5fb2a-b2d2-5801-9008-ebf8785346d7"), "积石山保安族东乡族撒拉族自治县" },
                    { "en", new Guid("68a62ee5-459d-55a9-9877-588c5a271efa"), "Kangle County" },
                    { "zh-CN", new Guid("68a62ee5-459d-55a9-9877-588c5a271efa"), "康乐县" },
                    { "en", new Guid("6ea05a99-e4c4-55c5-8380-4f2334c80993"), "Port of entry" },
                    { "zh-CN", new Guid("6ea05a99-e4c4-55c5-8380-4f2334c80993"), "口岸" },
                    { "en", new Guid("71ec3f66-f2ea-5d1e-8bc8-d24dc6ceb804"), "Linxia City" },
                    { "zh-CN", new Guid("71ec3f66-f2ea-5d1e-8bc8-d24dc6ceb804"), "临夏市" },
                    { "en", new Guid("73359f2d-7056-540e-9fdf-35274438e15d"), "Jingchuan County" },
                    { "zh-CN", new Guid("73359f2d-7056-540e-9fdf-35274438e15d"), "泾川县" },
                    { "en", new Guid("755073c6-b6d2-598a-be3f-8af3b0a476d5"), "Ganzhou District" },
                    { "zh-CN", new Guid("755073c6-b6d2-598a-be3f-8af3b0a476d5"), "甘州区" },
                    { "en", new Guid("79414823-e88c-5b56-a6d7-a70a1b81089a"), "Jingtai County" },
                    { "zh-CN", new Guid("79414823-e88c-5b56-a6d7-a70a1b81089a"), "景泰县" },
                    { "en", new Guid("7989a40f-e2a8-5a08-9de6-ede2bf7509e3"), "Lintan County" },
                    { "zh-CN", new Guid("7989a40f-e2a8-5a08-9de6-ede2bf7509e3"), "临潭县" },
                    { "en", new Guid("7aa7c5bd-3492-578d-8d15-faf26c57554b"), "Zhouqu County" },
                    { "zh-CN", new Guid("7aa7c5bd-3492-578d-8d15-faf26c57554b"), "舟曲县" },
                    { "en", new Guid("7ac47af5-172d-5fc5-80d9-c62867ef067e"), "Heshui County" },
                    { "zh-CN", new Guid("7ac47af5-172d-5fc5-80d9-c62867ef067e"), "合水县" },
                    { "en", new Guid("7b3026cc-d94f-5cfa-a366-de2d828ba0b3"), "Guazhou County" },
                    { "zh-CN", new Guid("7b3026cc-d94f-5cfa-a366-de2d828ba0b3"), "瓜州县" },
                    { "en", new Guid("7c6a1169-1456-5d78-bf71-5c3d5d8aa99c"), "Wushan County" },
                    { "zh-CN", new Guid("7c6a1169-1456-5d78-bf71-5c3d5d8aa99c"), "武山县" },
                    { "en", new Guid("7e83999d-0211-544c-a2c7-a5b7ddebc407"), "Kongtong District" },
                    { "zh-CN", new Guid("7e83999d-0211-544c-a2c7-a5b7ddebc407"), "崆峒区" },
                    { "en", new Guid("7f07b429-4a83-57f8-a5bc-33ef15fbffbd"), "Xigu District" },
                    { "zh-CN", new Guid("7f07b429-4a83-57f8-a5bc-33ef15fbffbd"), "西固区" },
                    { "en", new Guid("80fa09d0-507c-5314-875f-52ebc4a7aee2"), "Tanchang County" },
                    { "zh-CN", new Guid("80fa09d0-507c-5314-875f-52ebc4a7aee2"), "宕昌县" },
                    { "en", new Guid("8ec5bed3-bd67-5916-bfb1-eebe57472ca2"), "Zhuoni County" },
                    { "zh-CN", new Guid("8ec5bed3-bd67-5916-bfb1-eebe57472ca2"), "卓尼县" },
                    { "en", new Guid("93b09804-1396-59ed-8719-9d06ec213861"), "Zhangjiachuan Hui Autonomous County" },
                    { "zh-CN", new Guid("93b09804-1396-59ed-8719-9d06ec213861"), "张家川回族自治县" },
                    { "en", new Guid("9c8c2100-5b4c-5b87-a88e-6b7f8ca1a863"), "Vocational school students" },
                    { "zh-CN", new Guid("9c8c2100-5b4c-5b87-a88e-6b7f8ca1a863"), "职业院校学生" },
                    { "en", new Guid("9d59cff7-77b2-5e86-b4a6-43adaa3c5ba2"), "Gaotai County" },
                    { "zh-CN", new Guid("9d59cff7-77b2-5e86-b4a6-43adaa3c5ba2"), "高台县" },
                    { "en", new Guid("9d795524-5608-5dcb-819a-32dc3cfc9754"), "Linxia County" },
                    { "zh-CN", new Guid("9d795524-5608-5dcb-819a-32dc3cfc9754"), "临夏县" },
                    { "en", new Guid("9ddddb2a-d1d5-5ac2-9533-7437e6a282d5"), "Kang County" },
                    { "zh-CN", new Guid("9ddddb2a-d1d5-5ac2-9533-7437e6a282d5"), "康县" },
                    { "en", new Guid("a0cff0e9-2b51-5f1f-8022-35a58b565c9a"), "Maqu County" },
                    { "zh-CN", new Guid("a0cff0e9-2b51-5f1f-8022-35a58b565c9a"), "玛曲县" },
                    { "en", new Guid("a540bc48-221b-5491-b183-80f0523380d4"), "Xifeng District" },
                    { "zh-CN", new Guid("a540bc48-221b-5491-b183-80f0523380d4"), "西峰区" },
                    { "en", new Guid("a70fe268-29c7-5b9f-bcbf-f92c0f5e5a60"), "Airport" },
                    { "zh-CN", new Guid("a70fe268-29c7-5b9f-bcbf-f92c0f5e5a60"), "机场" },
                    { "en", new Guid("aa5c81fb-a2fc-5735-822a-ebb7b71fcb4d"), "People with hearing disabilities" },
                    { "zh-CN", new Guid("aa5c81fb-a2fc-5735-822a-ebb7b71fcb4d"), "听力残疾人" },
                    { "en", new Guid("b248fa5c-7bf7-53ad-99ac-3affcce6e213"), "Baiyin District" },
                    { "zh-CN", new Guid("b248fa5c-7bf7-53ad-99ac-3affcce6e213"), "白银区" },
                    { "en", new Guid("b9169530-a0f1-5a65-8b9f-cd69a63e682b"), "Yongdeng County" },
                    { "zh-CN", new Guid("b9169530-a0f1-5a65-8b9f-cd69a63e682b"), "永登县" },
                    { "en", new Guid("b9cc5d67-1ccf-5e5c-8c42-42ec7484187f"), "Liangzhou District" },
                    { "zh-CN", new Guid("b9cc5d67-1ccf-5e5c-8c42-42ec7484187f"), "凉州区" },
                    { "en", new Guid("ba0e29b3-5af2-5407-bfdc-b28c938bb71f"), "Gulang County" },
                    { "zh-CN", new Guid("ba0e29b3-5af2-5407-bfdc-b28c938bb71f"), "古浪县" },
                    { "en", new Guid("ba5114ed-6f81-506a-9b0d-9ab04e3962c8"), "Minle County" },
                    { "zh-CN", new Guid("ba5114ed-6f81-506a-9b0d-9ab04e3962c8"), "民乐县" },
                    { "en", new Guid("baa9648e-f3b4-5d34-930c-bf4669299ec6"), "Yuzhong County" },
                    { "zh-CN", new Guid("baa9648e-f3b4-5d34-930c-bf4669299ec6"), "榆中县" },
                    { "en", new Guid("bbbeec79-00df-5a00-88c7-2b86c514a0ed"), "Zhang County" },
                    { "zh-CN", new Guid("bbbeec79-00df-5a00-88c7-2b86c514a0ed"), "漳县" },
                    { "en", new Guid("c25cc3d3-1866-551f-b77e-72b50828cc9e"), "Lintao County" },
                    { "zh-CN", new Guid("c25cc3d3-1866-551f-b77e-72b50828cc9e"), "临洮县" },
                    { "en", new Guid("c338f863-39d2-5d1c-9bf6-07590181efd9"), "Guanghe County" },
                    { "zh-CN", new Guid("c338f863-39d2-5d1c-9bf6-07590181efd9"), "广河县" },
                    { "en", new Guid("c8a4e665-8fae-5e3a-9756-a049e14a13da"), "Jingyuan County" },
                    { "zh-CN", new Guid("c8a4e665-8fae-5e3a-9756-a049e14a13da"), "靖远县" },
                    { "en", new Guid("c91d7723-f5c8-5d9a-9473-22aae50ebcce"), "Bus station" },
                    { "zh-CN", new Guid("c91d7723-f5c8-5d9a-9473-22aae50ebcce"), "汽车站" },
                    { "en", new Guid("cd4d50d6-ae68-59b6-a9e2-f8aa64b3254e"), "Hezheng County" },
                    { "zh-CN", new Guid("cd4d50d6-ae68-59b6-a9e2-f8aa64b3254e"), "和政县" },
                    { "en", new Guid("cec56d8f-976f-590e-b5ff-9676ce77c906"), "Huan County" },
                    { "zh-CN", new Guid("cec56d8f-976f-590e-b5ff-9676ce77c906"), "环县" },
                    { "en", new Guid("d207b37a-9cd1-5771-acb5-46d4be9c43ac"), "Wen County" },
                    { "zh-CN", new Guid("d207b37a-9cd1-5771-acb5-46d4be9c43ac"), "文县" },
                    { "en", new Guid("d2a46915-76ce-58c8-bc84-7f6311fde789"), "Xiahe County" },
                    { "zh-CN", new Guid("d2a46915-76ce-58c8-bc84-7f6311fde789"), "夏河县" },
                    { "en", new Guid("d357a908-22f1-5ddd-a86a-276e8a9e5440"), "Yongchang County" },
                    { "zh-CN", new Guid("d357a908-22f1-5ddd-a86a-276e8a9e5440"), "永昌县" },
                    { "en", new Guid("d6fb033d-9239-5da3-9ffe-d5b080f57423"), "Min County" },
                    { "zh-CN", new Guid("d6fb033d-9239-5da3-9ffe-d5b080f57423"), "岷县" },
                    { "en", new Guid("d7f72c97-424b-59f6-a191-d72d239587e4"), "Anning District" },
                    { "zh-CN", new Guid("d7f72c97-424b-59f6-a191-d72d239587e4"), "安宁区" },
                    { "en", new Guid("d98786af-9645-5a68-ab71-f1a5e960d053"), "Gangu County" },
                    { "zh-CN", new Guid("d98786af-9645-5a68-ab71-f1a5e960d053"), "甘谷县" },
                    { "en", new Guid("dfe0d66f-6dd9-59eb-a8b6-8453d00badbe"), "Yongjing County" },
                    { "zh-CN", new Guid("dfe0d66f-6dd9-59eb-a8b6-8453d00badbe"), "永靖县" },
                    { "en", new Guid("e26c0a1a-2909-5d62-8773-7f34d07c2f3c"), "Linze County" },
                    { "zh-CN", new Guid("e26c0a1a-2909-5d62-8773-7f34d07c2f3c"), "临泽县" },
                    { "en", new Guid("e5060f9c-601c-5762-8900-cb67a94f3d86"), "Hui County" },
                    { "zh-CN", new Guid("e5060f9c-601c-5762-8900-cb67a94f3d86"), "徽县" },
                    { "en", new Guid("e5f66339-a234-5dff-9460-1eeec7a47c8d"), "Qilihe District" },
                    { "zh-CN", new Guid("e5f66339-a234-5dff-9460-1eeec7a47c8d"), "七里河区" },
                    { "en", new Guid("e8d16b95-9dd1-542c-bf1a-798752049481"), "Zhenyuan County" },
                    { "zh-CN", new Guid("e8d16b95-9dd1-542c-bf1a-798752049481"), "镇原县" },
                    { "en", new Guid("ea7c5819-96bf-5f5d-9007-62c04c0062e3"), "Senior high school students" },
                    { "zh-CN", new Guid("ea7c5819-96bf-5f5d-9007-62c04c0062e3"), "高中生" },
                    { "en", new Guid("ecd31268-5cc4-5fb3-8847-c721b0090de6"), "Hezuo City" },
                    { "zh-CN", new Guid("ecd31268-5cc4-5fb3-8847-c721b0090de6"), "合作市" },
                    { "en", new Guid("f19cab10-5b81-5080-adf8-fdc7d53f637c"), "Tianzhu Tibetan Autonomous County" },
                    { "zh-CN", new Guid("f19cab10-5b81-5080-adf8-fdc7d53f637c"), "天祝藏族自治县" },
                    { "en", new Guid("f8917e6f-3fe5-5922-b9c6-2dc7ae51a884"), "Junior high school students" },
                    { "zh-CN", new Guid("f8917e6f-3fe5-5922-b9c6-2dc7ae51a884"), "初中生" },
                    { "en", new Guid("f9e5a8a4-83f1-533d-827a-04ce804f9750"), "Qingcheng County" },
                    { "zh-CN", new Guid("f9e5a8a4-83f1-533d-827a-04ce804f9750"), "庆城县" },
                    { "en", new Guid("fa35ce62-a873-5e3b-864c-ae34a6033ae0"), "Liangdang County" },
                    { "zh-CN", new Guid("fa35ce62-a873-5e3b-864c-ae34a6033ae0"), "两当县" },
                    { "en", new Guid("ff8f73ae-a7f5-5bec-b37d-3af70af05536"), "Jingning County" },
                    { "zh-CN", new Guid("ff8f73ae-a7f5-5bec-b37d-3af70af05536"), "静宁县" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ActorId_At",
                schema: "content",
                table: "AuditEvents",
                columns: new[] { "ActorId", "At" });

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
                name: "Redirects",
                schema: "content");

            migrationBuilder.DropTable(
                name: "ReviewActions",
                schema: "content");

            migrationBuilder.DropTable(
                name: "TermLabels",
                schema: "content");

            migrationBuilder.DropTable(
                name: "VersionTerms",
                schema: "content");

            migrationBuilder.DropTable(
                name: "Terms",
                schema: "content");

            migrationBuilder.DropTable(
                name: "Versions",
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
