namespace Portal.Content.Media;

/// <summary>What a file is for; each kind has its own size limit (<see cref="MediaOptions.MaxBytes"/>).</summary>
public enum MediaKind
{
    Image,
    Video,
    Audio,
    Captions,
    Document,
    Archive,
}
