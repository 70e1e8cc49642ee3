using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.Endpoints.Development;

/// <summary>
/// <c>POST /dev/tokens</c>: signs a token for a demo user, so the embedded default can be explored
/// without an OIDC issuer. Mapped only outside Production and only when the platform signs its
/// own tokens; it is not part of the contract.
/// </summary>
public static class DevTokenEndpoints
{
    public static IEndpointRouteBuilder MapDevTokenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/tokens", IssueDevToken)
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    public static Results<Ok<DevTokenResponse>, ProblemHttpResult> IssueDevToken(DevTokenRequest request, IOptions<AuthOptions> options, TimeProvider clock)
    {
        var role = Roles.All.FirstOrDefault(r => string.Equals(r, request.Role, StringComparison.OrdinalIgnoreCase));
        if (role is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Unknown role",
                detail: $"role must be one of: {string.Join(", ", Roles.All)}.",
                extensions: new Dictionary<string, object?> { ["code"] = "validation.failed" });
        }

        // Without explicit claims the token speaks for the demo user of that role.
        var demo = DemoData.Users.First(u => u.Role == role);
        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, request.Subject ?? demo.Subject),
            new(ClaimNames.Role, role),
        };
        AddIfPresent(claims, ClaimNames.Organization, request.Org ?? demo.Organization?.ToString());
        AddIfPresent(claims, ClaimNames.District, request.District ?? demo.District);
        AddIfPresent(claims, ClaimNames.Talent, request.Talent ?? demo.Talent?.ToString());
        AddIfPresent(claims, ClaimNames.Client, request.Client ?? demo.Client?.ToString());

        var auth = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + auth.DevTokenLifetime,
            SigningCredentials = new SigningCredentials(SigningKeys.FromConfiguration(auth), SecurityAlgorithms.HmacSha256),
        });
        return TypedResults.Ok(new DevTokenResponse(token, (int)auth.DevTokenLifetime.TotalSeconds));
    }

    private static void AddIfPresent(List<Claim> claims, string type, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            claims.Add(new Claim(type, value));
        }
    }
}
