using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ZhuhaiArtisan.Application.Common.Persistence;

namespace ZhuhaiArtisan.Application.Catalogue.Common;

public static class CatalogueReferences
{
    /// <summary>A well-formed occupation code that the reference data does not hold is bad input, named like any other.</summary>
    public static async Task EnsureOccupationExistsAsync(this IApplicationDbContext db, string occupationCode, CancellationToken cancellationToken)
    {
        if (!await db.Occupations.AnyAsync(o => o.Code == occupationCode, cancellationToken))
        {
            throw new ValidationException([
                new ValidationFailure("occupationCode", "Unknown occupation code; see GET /api/v1/occupations.") { ErrorCode = "reference.unknown_occupation" },
            ]);
        }
    }
}
