using System.Text;
using Portal.Tips.Protection;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers.SignUp;

/// <summary>
/// Envelope encryption for a volunteer's ID-card number, as for tips: a data key per record, wrapped by the KEK;
/// the volunteer id and field name are the associated data. The keyed hash finds a second sign-up.
/// </summary>
public sealed class VolunteerRecordKeys(IKeyEncryptionKeyProvider keys)
{
    private const string IdNumberField = "volunteer-id-number";

    public byte[] HashOfIdNumber(string normalized) => keys.KeyedHash(IdNumberField, Encoding.UTF8.GetBytes(normalized));

    internal void SealIdNumber(Volunteer volunteer, string normalized)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        var dataKey = TipDataKey.Generate();
        volunteer.WrappedDataKey = keys.Wrap(dataKey).ToBytes();
        volunteer.EncryptedIdNumber = FieldCipher.Encrypt(dataKey, volunteer.Id, IdNumberField, normalized);
        volunteer.IdNumberHash = HashOfIdNumber(normalized);
    }

    internal string? OpenIdNumber(Volunteer volunteer)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        if (volunteer.EncryptedIdNumber is null || volunteer.WrappedDataKey is null)
        {
            return null;
        }

        var dataKey = keys.Unwrap(WrappedKey.FromBytes(volunteer.WrappedDataKey));
        return FieldCipher.Decrypt(dataKey, volunteer.Id, IdNumberField, volunteer.EncryptedIdNumber);
    }
}
