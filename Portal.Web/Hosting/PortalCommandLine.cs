namespace Portal.Web.Hosting;

/// <summary>
/// The host's commands: <c>migrate</c>, <c>create-admin --email ADDRESS [--role security|system|audit] [--name NAME]</c>,
/// <c>rewrap-tip-keys [--batch-size N]</c>, <c>verify-audit [--expect-head LINK] [--checkpoint FILE]</c>,
/// <c>audit-checkpoint</c>, <c>seed-content</c>, <c>reindex-content</c>, <c>create-unit-key --unit KEY --members EMAILS [--qr-file PATH]</c>,
/// <c>seal-tips [--drop-server-copies] [--batch-size N]</c> and <c>recover-unit-key --unit KEY --member EMAIL</c>. Arguments with
/// "=" or a leading "--" that are not a command are left to the configuration system (e.g. --urls).
/// </summary>
public sealed class PortalCommandLine
{
    public const string Serve = "serve";
    public const string Migrate = "migrate";
    public const string CreateAdmin = "create-admin";
    public const string RewrapTipKeys = RewrapTipKeysCommand.Name;
    public const string VerifyAudit = VerifyAuditCommand.Name;
    public const string AuditCheckpoint = AuditCheckpointCommand.Name;
    public const string SeedContent = SeedContentCommand.Name;
    public const string ReindexContent = ReindexContentCommand.Name;
    public const string CreateUnitKey = CreateUnitKeyCommand.Name;
    public const string SealTips = SealTipsCommand.Name;
    public const string RecoverUnitKey = Identity.RecoverUnitKeyCommand.Name;
    public const string Unknown = "unknown";

    private readonly string[] args;

    private PortalCommandLine(string name, string? argument, string[] args)
    {
        Name = name;
        Argument = argument;
        this.args = args;
    }

    public string Name { get; }

    public string? Argument { get; }

    public static PortalCommandLine Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var first = args.FirstOrDefault();
        return first switch
        {
            null => new(Serve, null, args),
            Migrate => new(Migrate, first, args),
            CreateAdmin => new(CreateAdmin, first, args),
            RewrapTipKeys => new(RewrapTipKeys, first, args),
            VerifyAudit => new(VerifyAudit, first, args),
            AuditCheckpoint => new(AuditCheckpoint, first, args),
            SeedContent => new(SeedContent, first, args),
            ReindexContent => new(ReindexContent, first, args),
            CreateUnitKey => new(CreateUnitKey, first, args),
            SealTips => new(SealTips, first, args),
            RecoverUnitKey => new(RecoverUnitKey, first, args),
            _ when first.StartsWith('-') || first.Contains('=', StringComparison.Ordinal) => new(Serve, null, args),
            _ => new(Unknown, first, args),
        };
    }

    public bool Flag(string name) => Array.IndexOf(args, name) >= 0;

    public string? Option(string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
