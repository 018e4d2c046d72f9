namespace LambdaPermissionAnalyzers.Model;

/// <summary>
/// The library a grant is written with, and what it does on its own: the facts rules need about it, so that no
/// rule asks which reader built a grant. Each library's instance is declared with its kinds (<see cref="GrantKind.SdkLibrary"/>,
/// <see cref="GrantKind.CdkLibrary"/>).
/// </summary>
internal sealed class GrantLibrary
{
    public GrantLibrary(string name, string rejection, string lacksInvokedViaFunctionUrl, string? addsFunctionUrlGrantsFrom)
    {
        Name = name;
        Rejection = rejection;
        LacksInvokedViaFunctionUrl = lacksInvokedViaFunctionUrl;
        AddsFunctionUrlGrantsFrom = addsFunctionUrlGrantsFrom;
    }

    /// <summary>The package name.</summary>
    public string Name { get; }

    /// <summary>What happens to a grant that lacks a required member, for messages.</summary>
    public string Rejection { get; }

    /// <summary>The advice when the referenced version has no InvokedViaFunctionUrl member.</summary>
    public string LacksInvokedViaFunctionUrl { get; }

    /// <summary>
    /// For a library that sends a public function URL's grants itself: the advice for versions that send only the
    /// <c>lambda:InvokeFunctionUrl</c> one. <see langword="null"/> when the user's code sends them.
    /// </summary>
    public string? AddsFunctionUrlGrantsFrom { get; }

    /// <summary>Whether the library sends a function URL's permission statements itself.</summary>
    public bool AddsFunctionUrlGrants => AddsFunctionUrlGrantsFrom is not null;
}
