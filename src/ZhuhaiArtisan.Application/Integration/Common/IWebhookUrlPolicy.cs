namespace ZhuhaiArtisan.Application.Integration.Common;

/// <summary>
/// Refuses receiver URLs the platform must not call (server-side request forgery): not HTTPS, or a
/// host that resolves to a private, loopback, link-local or otherwise non-public address. Throws a
/// <see cref="Domain.Common.DomainValueException"/> with the refusal's code.
/// </summary>
public interface IWebhookUrlPolicy
{
    Task EnsureAllowedAsync(Uri url, CancellationToken cancellationToken);
}
