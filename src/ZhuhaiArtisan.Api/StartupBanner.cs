using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ZhuhaiArtisan.Api;

/// <summary>Tells whoever ran <c>dotnet run</c> where the API is and how to get a token.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var url = addresses?.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine($"ZhuhaiArtisan API is listening on {string.Join(", ", addresses ?? [])}");
        Console.WriteLine($"  Swagger UI:  {url}/swagger");
        if (!app.Environment.IsProduction())
        {
            Console.WriteLine($"  Get a token: curl -s -X POST {url}/dev/tokens -H 'Content-Type: application/json' -d '{{\"role\":\"CityAdmin\"}}'");
            Console.WriteLine("  Roles: CityAdmin, DistrictAdmin, Enterprise, Institution, Talent, Partner (see README: demo users)");
        }

        Console.WriteLine();
    }
}
