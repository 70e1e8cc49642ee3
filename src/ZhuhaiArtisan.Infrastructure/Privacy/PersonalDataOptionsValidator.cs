using Microsoft.Extensions.Options;

namespace ZhuhaiArtisan.Infrastructure.Privacy;

/// <summary>Refuses to start with keys that are missing, malformed or of the wrong size.</summary>
internal sealed class PersonalDataOptionsValidator : IValidateOptions<PersonalDataOptions>
{
    public const int MinimumHashKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, PersonalDataOptions options)
    {
        var failures = new List<string>();
        if (options.Keys.Count == 0)
        {
            failures.Add("PersonalData:Keys must list at least one key.");
        }

        foreach (var key in options.Keys)
        {
            if (string.IsNullOrWhiteSpace(key.Id) || key.Id.Contains(':', StringComparison.Ordinal))
            {
                failures.Add("A PersonalData key needs an Id without ':'.");
            }

            var expected = key.Cipher == PersonalDataCipher.Aes256Gcm ? 32 : 16;
            if (Decoded(key.Key)?.Length != expected)
            {
                failures.Add($"PersonalData key '{key.Id}' ({key.Cipher}) must be {expected} bytes in base64.");
            }
        }

        if (options.Keys.GroupBy(k => k.Id, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            failures.Add("PersonalData key ids must be unique.");
        }

        if (options.ActiveKeyId is null || options.Keys.All(k => k.Id != options.ActiveKeyId))
        {
            failures.Add("PersonalData:ActiveKeyId must name one of PersonalData:Keys.");
        }

        if ((Decoded(options.LookupHashKey)?.Length ?? 0) < MinimumHashKeyBytes)
        {
            failures.Add($"PersonalData:LookupHashKey must be at least {MinimumHashKeyBytes} bytes in base64.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static byte[]? Decoded(string? base64)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return null;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }
}
