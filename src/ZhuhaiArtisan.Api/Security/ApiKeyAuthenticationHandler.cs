using System.Security.Claims;
using System.Text.Encodings.Web;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ZhuhaiArtisan.Application.Access.AuthenticatePartnerApiKey;
using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.Api.Security;

/// <summary>Signs in a partner client by its <c>X-Api-Key</c> header.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISender sender)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthenticationSchemes.ApiKeyHeader, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var key = values.ToString();
        var partner = await sender.Send(new AuthenticatePartnerApiKeyQuery(key), Context.RequestAborted);
        if (partner is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, expired or revoked.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimNames.Subject, partner.ClientCode),
                new Claim(ClaimNames.Role, Roles.Partner),
                new Claim(ClaimNames.Client, partner.ClientId.ToString()),
            ],
            Scheme.Name,
            ClaimNames.Subject,
            ClaimNames.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
