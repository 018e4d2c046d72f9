namespace LambdaPermissionAnalyzers.Model;

/// <summary>
/// The library a grant is written with, and what it does on its own: the facts rules need about it, so that no
/// rule asks which reader built a grant.
/// </summary>
internal sealed class GrantLibrary
{
    private GrantLibrary(string name, string rejection, string lacksInvokedViaFunctionUrl, string? addsFunctionUrlGrantsFrom)
    {
        Name = name;
        Rejection = rejection;
        LacksInvokedViaFunctionUrl = lacksInvokedViaFunctionUrl;
        AddsFunctionUrlGrantsFrom = addsFunctionUrlGrantsFrom;
    }

    /// <summary>The AWS SDK for .NET: each request is one API call.</summary>
    public static GrantLibrary Sdk { get; } = new(
        "AWSSDK.Lambda",
        "the Lambda API will reject this request",
        "the referenced AWSSDK.Lambda has no InvokedViaFunctionUrl property: update AWSSDK.Lambda (3.7.501 or later on the 3.7 line, or a 4.0 release from October 2025 or later) and send the companion grant",
        addsFunctionUrlGrantsFrom: null);

    /// <summary>The AWS CDK: constructs become a CloudFormation template; CDK adds the function URL's grants itself.</summary>
    public static GrantLibrary Cdk { get; } = new(
        "Amazon.CDK.Lib",
        "the stack fails to synthesize or deploy",
        "this version of the AWS CDK has no InvokedViaFunctionUrl: update Amazon.CDK.Lib to 2.220.0 or later and add the companion grant",
        addsFunctionUrlGrantsFrom: "update Amazon.CDK.Lib to 2.220.0 or later, which adds both grants");

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
