using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ZhuhaiArtisan.Api.Security;
using ZhuhaiArtisan.Application.Common.Security;
using ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

namespace ZhuhaiArtisan.Api.Endpoints.Development;

public sealed record DevTokenRequest(string? Role, string? Subject, string? Org, string? District, string? Talent, string? Client);
