using ZhuhaiArtisan.Application.Common.Security;

namespace ZhuhaiArtisan.Infrastructure.Persistence.Seeding;

public sealed record DemoUser(string Subject, string Role, string Description, Guid? Organization, string? District, Guid? Talent, Guid? Client);
