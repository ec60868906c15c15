namespace Portal.Content.Common;

/// <summary>
/// The stable codes in <see cref="ContentProblem.Code"/>. The UI maps each to a sentence in Chinese and English
/// (docs/content.md lists them with their wording); the codes never change meaning once released.
/// </summary>
public static class ContentCodes
{
    // Access and existence
    public const string NotFound = "not-found";
    public const string AccessDenied = "access.denied";
    public const string AdministratorRequired = "access.administrator-required";

    // Input
    public const string Required = "input.required";
    public const string TooLong = "input.too-long";
    public const string OutOfRange = "input.out-of-range";
    public const string InvalidValue = "input.invalid";
    public const string UnknownTerm = "term.unknown";
    public const string TermNotAllowed = "term.wrong-vocabulary";
    public const string UnknownDepartment = "department.unknown";
    public const string KeyTaken = "key.taken";
    public const string UnsupportedCulture = "culture.unsupported";
    public const string FieldsDoNotMatchType = "fields.wrong-type";
    public const string UnknownReference = "reference.unknown";

    // Taxonomy and department administration
    public const string VocabularyFixed = "vocabulary.fixed";
    public const string TermParentInvalid = "term.parent-invalid";
    public const string TermCycle = "term.cycle";
    public const string TermInUse = "term.in-use";
    public const string TermHasChildren = "term.has-children";
    public const string DepartmentCycle = "department.cycle";

    // Blocks
    public const string BlockMissing = "block.missing";
    public const string BlockNotAllowed = "block.not-allowed-here";
    public const string BlockDuplicateId = "block.duplicate-id";
    public const string TooManyBlocks = "block.too-many";
    public const string ColumnsCount = "block.columns-count";
    public const string RichTextSanitized = "richtext.sanitized";
    public const string InvalidBlockJson = "block.invalid-json";

    // Slugs and variants
    public const string SlugInvalid = "slug.invalid";
    public const string SlugTaken = "slug.taken";
    public const string VariantExists = "variant.exists";
    public const string VariantTypeMismatch = "variant.type-mismatch";

    // Editing and workflow
    public const string Conflict = "concurrency.conflict";
    public const string InvalidTransition = "workflow.invalid-transition";
    public const string FourEyes = "workflow.four-eyes";
    public const string ScheduleInPast = "workflow.schedule-in-past";
    public const string NotLatestVersion = "workflow.not-latest-version";
    public const string ItemDeleted = "item.deleted";

    // Accessibility checks at publish
    public const string ImageAltMissing = "a11y.image-alt-missing";
    public const string VideoCaptionsMissing = "a11y.video-captions-missing";
    public const string AudioTranscriptMissing = "a11y.audio-transcript-missing";
    public const string EasyReadVariantMissing = "a11y.easy-read-variant-missing";

    // Media library
    public const string MediaTypeNotAllowed = "media.type-not-allowed";
    public const string MediaExtensionMismatch = "media.extension-mismatch";
    public const string MediaTooLarge = "media.too-large";
    public const string MediaEmpty = "media.empty";
    public const string MediaUnreadable = "media.unreadable";
    public const string MediaImageTooLarge = "media.image-too-large";
    public const string MediaInUse = "media.in-use";
    public const string MediaUnknownAsset = "media.unknown-asset";
    public const string MediaWrongKind = "media.wrong-kind";
    public const string MediaFolderUnknown = "media.folder-unknown";
    public const string MediaFolderNameTaken = "media.folder-name-taken";
    public const string MediaFolderNotEmpty = "media.folder-not-empty";
    public const string MediaFolderCycle = "media.folder-cycle";
    public const string MediaDuplicate = "media.duplicate";
}
