using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Tips.Volunteers.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "volunteers");

            migrationBuilder.CreateTable(
                name: "CoordinatorRegions",
                schema: "volunteers",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegionKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinatorRegions", x => new { x.UserId, x.RegionKey });
                });

            migrationBuilder.CreateTable(
                name: "Opportunities",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PrefectureKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CountyKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opportunities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Volunteers",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    GuardianConsent = table.Column<bool>(type: "boolean", nullable: false),
                    GuardianName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    GuardianPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PrefectureKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CountyKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Skills = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Availability = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Motivation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ConsentedAt = table.Column<long>(type: "bigint", nullable: true),
                    WrappedDataKey = table.Column<byte[]>(type: "bytea", nullable: true),
                    EncryptedIdNumber = table.Column<byte[]>(type: "bytea", nullable: true),
                    IdNumberHash = table.Column<byte[]>(type: "bytea", nullable: true),
                    Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    InvitationPath = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    DeletionRequestedAt = table.Column<long>(type: "bigint", nullable: true),
                    ErasedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Volunteers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Shifts",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OpportunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<long>(type: "bigint", nullable: false),
                    EndsAt = table.Column<long>(type: "bigint", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    Confirmed = table.Column<int>(type: "integer", nullable: false),
                    RequiredSkills = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RequiredQualifications = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Shifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Shifts_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalSchema: "volunteers",
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FieldLeads",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    TipId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "OutcomeMails",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: false),
                    ClaimedUntil = table.Column<long>(type: "bigint", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<long>(type: "bigint", nullable: true),
                    Dropped = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeMails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeMails_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalSchema: "volunteers",
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Qualifications",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Qualifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Qualifications_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalSchema: "volunteers",
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerNotes",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WrittenAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VolunteerNotes_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalSchema: "volunteers",
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HoursEntries",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShiftId = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LoggedAt = table.Column<long>(type: "bigint", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: true),
                    PrefectureKey = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HoursEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HoursEntries_Shifts_ShiftId",
                        column: x => x.ShiftId,
                        principalSchema: "volunteers",
                        principalTable: "Shifts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HoursEntries_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalSchema: "volunteers",
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ShiftEvaluations",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShiftId = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    Feedback = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EvaluatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EvaluatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShiftEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShiftEvaluations_Shifts_ShiftId",
                        column: x => x.ShiftId,
                        principalSchema: "volunteers",
                        principalTable: "Shifts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShiftEvaluations_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalSchema: "volunteers",
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShiftSignups",
                schema: "volunteers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShiftId = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignedUpAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShiftSignups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShiftSignups_Shifts_ShiftId",
                        column: x => x.ShiftId,
                        principalSchema: "volunteers",
                        principalTable: "Shifts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShiftSignups_Volunteers_VolunteerId",
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

            migrationBuilder.CreateIndex(
                name: "IX_HoursEntries_ShiftId_VolunteerId",
                schema: "volunteers",
                table: "HoursEntries",
                columns: new[] { "ShiftId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HoursEntries_VolunteerId_State",
                schema: "volunteers",
                table: "HoursEntries",
                columns: new[] { "VolunteerId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeMails_SentAt_NextAttemptAt",
                schema: "volunteers",
                table: "OutcomeMails",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeMails_VolunteerId",
                schema: "volunteers",
                table: "OutcomeMails",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_VolunteerId_Kind",
                schema: "volunteers",
                table: "Qualifications",
                columns: new[] { "VolunteerId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ShiftEvaluations_ShiftId_VolunteerId",
                schema: "volunteers",
                table: "ShiftEvaluations",
                columns: new[] { "ShiftId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShiftEvaluations_VolunteerId",
                schema: "volunteers",
                table: "ShiftEvaluations",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_Shifts_OpportunityId",
                schema: "volunteers",
                table: "Shifts",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_Shifts_StartsAt",
                schema: "volunteers",
                table: "Shifts",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_ShiftSignups_ShiftId_VolunteerId",
                schema: "volunteers",
                table: "ShiftSignups",
                columns: new[] { "ShiftId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShiftSignups_VolunteerId_State",
                schema: "volunteers",
                table: "ShiftSignups",
                columns: new[] { "VolunteerId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerNotes_VolunteerId",
                schema: "volunteers",
                table: "VolunteerNotes",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_IdNumberHash",
                schema: "volunteers",
                table: "Volunteers",
                column: "IdNumberHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Phone",
                schema: "volunteers",
                table: "Volunteers",
                column: "Phone",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_PrefectureKey_Status",
                schema: "volunteers",
                table: "Volunteers",
                columns: new[] { "PrefectureKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Reference",
                schema: "volunteers",
                table: "Volunteers",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_UserId",
                schema: "volunteers",
                table: "Volunteers",
                column: "UserId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoordinatorRegions",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "FieldLeads",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "HoursEntries",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "OutcomeMails",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "Qualifications",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "ShiftEvaluations",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "ShiftSignups",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "VolunteerNotes",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "Shifts",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "Volunteers",
                schema: "volunteers");

            migrationBuilder.DropTable(
                name: "Opportunities",
                schema: "volunteers");
        }
    }
}
