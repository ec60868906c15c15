using Portal.Content.Taxonomy;

namespace Portal.Content.Types;

public sealed record LessonActivity
{
    public string Title { get; init; } = "";

    public int Minutes { get; init; }

    public string Description { get; init; } = "";
}

/// <summary>One lesson for a school level: objectives, timed activities, teacher notes with safety guidance, materials.</summary>
public sealed record LessonFields : ContentFields
{
    /// <summary>A <see cref="Vocabulary.GradeBand"/> term key.</summary>
    public string GradeBand { get; init; } = "";

    public IReadOnlyList<string> Objectives { get; init; } = [];

    public int DurationMinutes { get; init; }

    public IReadOnlyList<LessonActivity> Activities { get; init; } = [];

    public string TeacherNotes { get; init; } = "";

    /// <summary>What the teacher does if a pupil discloses abuse or risk (the mandatory-report duty of 第十三条).</summary>
    public string SafetyGuidance { get; init; } = "";

    public IReadOnlyList<string> Materials { get; init; } = [];


    public override IEnumerable<string> PlainText() =>
        [.. Objectives, .. Activities.SelectMany(a => new[] { a.Title, a.Description }), TeacherNotes, SafetyGuidance, .. Materials];

    public override IEnumerable<(string Field, Vocabulary Vocabulary, string Key)> TermKeys() =>
        GradeBand.Length == 0 ? [] : [("fields.gradeBand", Vocabulary.GradeBand, GradeBand)];

    internal override ContentFields Normalize(FieldValidation validation)
    {
        validation.Range("durationMinutes", DurationMinutes, 10, 480);
        validation.Require("activities", Activities is { Count: > 0 });
        return this with
        {
            GradeBand = validation.Text("gradeBand", GradeBand, 64),
            Objectives = validation.Lines("objectives", Objectives, required: true),
            Activities = [.. (Activities ?? []).Select((a, i) =>
            {
                validation.Range($"activities[{i}].minutes", a?.Minutes ?? 0, 1, 480);
                return new LessonActivity
                {
                    Title = validation.Text($"activities[{i}].title", a?.Title, 200),
                    Minutes = a?.Minutes ?? 0,
                    Description = validation.Text($"activities[{i}].description", a?.Description),
                };
            })],
            TeacherNotes = validation.Text("teacherNotes", TeacherNotes, 20_000),
            SafetyGuidance = validation.Text("safetyGuidance", SafetyGuidance, 20_000),
            Materials = validation.Lines("materials", Materials, required: false),
        };
    }
}

/// <summary>A course for a grade band: lessons in order, total hours and a teacher guide.</summary>
public sealed record CurriculumFields : ContentFields
{
    public string GradeBand { get; init; } = "";

    /// <summary>Lesson items, in teaching order.</summary>
    public IReadOnlyList<Guid> Lessons { get; init; } = [];

    public decimal Hours { get; init; }

    /// <summary>The teacher guide as a downloadable file (PDF) in the media library.</summary>
    public Guid? TeacherGuideAssetId { get; init; }

    /// <summary>How to use the curriculum; shown on the page.</summary>
    public string TeacherGuide { get; init; } = "";


    public override IEnumerable<string> PlainText() => [TeacherGuide];

    public override IEnumerable<Guid> MediaAssetIds() => TeacherGuideAssetId is { } id ? [id] : [];

    internal override IEnumerable<Media.MediaReference> MediaReferences() => Media.MediaReference.Optional("fields.teacherGuideAssetId", TeacherGuideAssetId, Media.MediaPlaces.Document);

    public override IEnumerable<(string Field, Guid ItemId, ContentType Type)> ItemReferences() =>
        Lessons.Select((id, i) => ($"fields.lessons[{i}]", id, ContentType.Lesson));

    public override IEnumerable<(string Field, Vocabulary Vocabulary, string Key)> TermKeys() =>
        GradeBand.Length == 0 ? [] : [("fields.gradeBand", Vocabulary.GradeBand, GradeBand)];

    internal override ContentFields Normalize(FieldValidation validation)
    {
        validation.Require("lessons", Lessons is { Count: > 0 });
        validation.Range("hours", Hours, 0.5m, 500m);
        return this with
        {
            GradeBand = validation.Text("gradeBand", GradeBand, 64),
            Lessons = [.. (Lessons ?? []).Distinct()],
            TeacherGuideAssetId = TeacherGuideAssetId == Guid.Empty ? null : TeacherGuideAssetId,
            TeacherGuide = validation.Text("teacherGuide", TeacherGuide, 50_000),
        };
    }
}
